package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.JointDecisionCommands.ConfirmJointDecision;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;

import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;

/**
 * Histories and requests for the relational life of a partnership: a formal-relational
 * partnership set up and ACTIVE, an alignment partnership, adaptations and iterations.
 */
final class RelationalTestData {

	static final String BOARD = "board";

	static final String CONTRACT = "c-1";

	static final String MEASURE = "m-1";

	static final String ADAPTATION = "ad-1";

	static final String ITERATION = "it-1";

	static final String PARTNER_PARTY = "party-partner";

	static final Organisation PARTNER = new Organisation("Street Link",
			new OrganisationIdentifier("GB-CHC", "2223334"));

	/**
	 * A funder's party and its person: the foundation is a public-benefit body, its
	 * people commission.
	 */
	static final String FUNDER_PARTY = "party-funder";

	static final Organisation FUND = new Organisation("Northshire Community Foundation",
			new OrganisationIdentifier("GB-CHC", "1188888"));

	static final Identity FUNDER = new Identity("fran", "Fran Funder", UserRole.COMMISSIONER, FUND);

	/** A statutory partner's party and its person. */
	static final String STATUTORY_PARTY = "party-icb";

	static final Organisation ICB = new Organisation("Northshire Integrated Care Board",
			new OrganisationIdentifier("GB-NHS", "QZZ"));

	static final Identity STATUTORY = new Identity("sam", "Sam Statutory", UserRole.COMMISSIONER, ICB);

	static final Identity PARTNER_PROVIDER = new Identity("perry", "Perry Partner", UserRole.PROVIDER, PARTNER);

	static final String HYPOTHESIS = "We believe evening sessions for people in work will achieve higher attendance; "
			+ "we will know when attendance moves by 15% within 8 weeks";

	/** A day after {@code T0} per step, so that histories read in order. */
	static Instant day(int days) {
		return T0.plus(Duration.ofDays(days));
	}

	private RelationalTestData() {
	}

	static PartyJoined partnerJoined() {
		return new PartyJoined(PARTNERSHIP, PARTNER_PARTY, PARTNER, List.of(PartyRole.DELIVERY_PARTNER),
				PartyBasis.SUBCONTRACT, "Runs the outreach", null, null, T0);
	}

	static PartnershipModelChosen chosen(PartnershipModel model, PaymentMechanism mechanism) {
		return new PartnershipModelChosen(PARTNERSHIP, "d-1", model, mechanism, "a-1", model, Confidence.HIGH, false,
				null, List.of(), null, T0);
	}

	static SharedVisionAgreed visionAgreed(int version) {
		return new SharedVisionAgreed(PARTNERSHIP, version, "No one sleeps rough for a second night",
				List.of(COUNCIL_PARTY, CHARITY_PARTY), day(1));
	}

	static GuidingPrinciplesAgreed principlesAgreed() {
		return new GuidingPrinciplesAgreed(PARTNERSHIP, 1,
				List.of(new GuidingPrinciple(PrincipleCode.HONESTY, "We share bad news early",
						List.of("Risks are raised at the next meeting"))),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), day(1));
	}

	static GovernanceBody board() {
		return new GovernanceBody(BOARD, "Partnership Board", GovernanceTier.STRATEGIC,
				List.of(COUNCIL_PARTY, CHARITY_PARTY), "Quarterly", "Changes within its delegation");
	}

	static Delegation boardDelegation(String maxValuePct) {
		return new Delegation(BOARD, new BigDecimal(maxValuePct), new BigDecimal("10"),
				List.of(AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationCategory.SCOPE_CHANGE,
						AdaptationCategory.PRICE_OR_RATE_CHANGE, AdaptationCategory.PARTY_CHANGE,
						AdaptationCategory.OUTCOME_MEASURE_CHANGE));
	}

	static GovernanceArrangementsAgreed governanceAgreed(int version, String maxValuePct, Instant at) {
		return new GovernanceArrangementsAgreed(PARTNERSHIP, version, List.of(board()),
				List.of(boardDelegation(maxValuePct)),
				List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS, DisputeStep.MEDIATION),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), at);
	}

	static AgreeGovernanceArrangementsRequest governanceRequest(List<String> members) {
		return new AgreeGovernanceArrangementsRequest(
				List.of(new GovernanceBody(BOARD, "Partnership Board", GovernanceTier.STRATEGIC, members, "Quarterly",
						"Changes within its delegation")),
				List.of(boardDelegation("10")), List.of(DisputeStep.JOINT_WORKING_GROUP),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), null, null);
	}

	static ContractConcluded contractConcluded() {
		return new ContractConcluded(PARTNERSHIP, CONTRACT, LocalDate.parse("2025-04-10"), contractPeriod(),
				new Money(new BigDecimal("5000000"), "GBP"), List.of(CHARITY_PARTY),
				List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), day(2));
	}

	static ContractPeriod contractPeriod() {
		return new ContractPeriod(LocalDate.parse("2025-05-01"), LocalDate.parse("2030-04-30"), null);
	}

	static ConcludeContractRequest contractRequest() {
		return new ConcludeContractRequest(LocalDate.parse("2025-04-10"), contractPeriod(),
				new Money(new BigDecimal("5000000"), "GBP"), List.of(CHARITY_PARTY),
				List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), null, null);
	}

	/** Registered, charity joined, formal-relational chosen: ready for its basis. */
	static List<PartnershipEvent> formalRelationalChosen() {
		return List.of(registered(), charityJoined(), PartnershipTestData.assessed("a-1",
				recommendation(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, Confidence.HIGH), 4, 4, 4, 3, 5, 4, 5),
				chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED));
	}

	/**
	 * A formal-relational partnership with vision, principles, governance (board up to
	 * 10%).
	 */
	static List<PartnershipEvent> formalRelationalReady() {
		return concat(formalRelationalChosen(),
				List.of(visionAgreed(1), principlesAgreed(), governanceAgreed(1, "10", day(1))));
	}

	/** A formal-relational partnership, ACTIVE under its contract. */
	static List<PartnershipEvent> formalRelationalActive() {
		return concat(formalRelationalReady(), List.of(contractConcluded()));
	}

	/** An alignment partnership, model chosen, not yet ACTIVE. */
	static List<PartnershipEvent> alignmentChosen() {
		return List.of(registered(), charityJoined(), PartnershipTestData.assessed("a-1",
				recommendation(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, Confidence.HIGH), 5, 4, 4, 4, 5, 3, 5),
				chosen(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PaymentMechanism.NONE));
	}

	static AlignmentInstrumentAdopted instrumentAdopted() {
		return new AlignmentInstrumentAdopted(PARTNERSHIP, "i-1", InstrumentType.MOU,
				List.of(COUNCIL_PARTY, CHARITY_PARTY), LocalDate.parse("2025-05-01"), LocalDate.parse("2026-04-30"),
				false, day(2));
	}

	static OutcomeMeasureDefined measureDefined() {
		return new OutcomeMeasureDefined(PARTNERSHIP, MEASURE, "Sustained accommodation", MeasureKind.OUTCOME, "people",
				new BigDecimal("100"), new BigDecimal("300"), false, null, day(1));
	}

	static AdaptationProposed proposed(String adaptationId, AdaptationCategory category, AdaptationFormality formality,
			String valuePct, String proposedBy) {
		return new AdaptationProposed(PARTNERSHIP, adaptationId, proposedBy, category, formality, "Evening sessions",
				"Move two sessions to the evening", "The iteration showed it works", List.of(),
				new ExpectedImpact(new BigDecimal(valuePct), BigDecimal.ZERO, "Same hours", List.of()),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(PrincipleCode.RECIPROCITY),
				LocalDate.parse("2025-10-01"), false, day(3));
	}

	/** The charity's service design change of the given value change, proposed. */
	static AdaptationProposed serviceChangeProposed(String valuePct) {
		return proposed(ADAPTATION, AdaptationCategory.SERVICE_DESIGN_CHANGE, AdaptationFormality.OPERATIONAL, valuePct,
				CHARITY_PARTY);
	}

	static AdaptationAgreed agreed(String adaptationId) {
		return new AdaptationAgreed(PARTNERSHIP, adaptationId, BOARD, bothApprove(), List.of(), 1, null, day(4));
	}

	static AdaptationImplemented implemented(String adaptationId) {
		return new AdaptationImplemented(PARTNERSHIP, adaptationId, LocalDate.parse("2025-10-01"), "Done", day(5));
	}

	static List<Approval> bothApprove() {
		return List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"), new Approval(CHARITY_PARTY, null));
	}

	/** The commissioning party's own approval, the only one its request may carry. */
	static List<Approval> councilApproves() {
		return List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"));
	}

	/**
	 * A joint decision proposed by the council, binding the given parties: the decision
	 * as it will be recorded once in force.
	 */
	static JointDecisionProposed jointlyProposed(String jointDecisionId, PartnershipEvent decision,
			List<String> binds) {
		return new JointDecisionProposed(PARTNERSHIP, jointDecisionId, binds, COUNCIL_PARTY,
				(decision instanceof SharedVisionAgreed vision) ? vision : null,
				(decision instanceof GuidingPrinciplesAgreed principles) ? principles : null,
				(decision instanceof GovernanceArrangementsAgreed governance) ? governance : null,
				(decision instanceof AlignmentInstrumentAdopted instrument) ? instrument : null,
				(decision instanceof AdaptationAgreed agreement) ? agreement : null,
				(decision instanceof DisputeResolved resolution) ? resolution : null, decision.occurredAt());
	}

	static JointDecisionConfirmed confirmed(String jointDecisionId, String partyId, String comment, Instant at) {
		return new JointDecisionConfirmed(PARTNERSHIP, jointDecisionId, partyId, comment, at);
	}

	/**
	 * A decision binding the council and the charity as the record holds it once in
	 * force: proposed by the council, confirmed by the charity, then the decision itself.
	 */
	static List<PartnershipEvent> agreedJointly(String jointDecisionId, PartnershipEvent decision) {
		return List.of(jointlyProposed(jointDecisionId, decision, List.of(COUNCIL_PARTY, CHARITY_PARTY)),
				confirmed(jointDecisionId, CHARITY_PARTY, null, decision.occurredAt()), decision);
	}

	/** A person confirms a joint decision for their own party, the party left empty. */
	static ConfirmJointDecision confirm(String jointDecisionId, Identity identity, Instant at) {
		return confirm(jointDecisionId, identity, null, null, at);
	}

	static ConfirmJointDecision confirm(String jointDecisionId, Identity identity, String partyId, String comment,
			Instant at) {
		return new ConfirmJointDecision(PARTNERSHIP, jointDecisionId, identity,
				new ConfirmJointDecisionRequest(partyId, comment, null, null), at);
	}

	static AgreeAdaptationRequest agreeRequest(List<Approval> approvals) {
		return new AgreeAdaptationRequest(BOARD, approvals, List.of("Review after three months"), null, null, null);
	}

	static ProposeAdaptationRequest proposeRequest(String proposedBy, AdaptationCategory category, String valuePct) {
		return new ProposeAdaptationRequest(proposedBy, category, AdaptationFormality.OPERATIONAL, "Evening sessions",
				"Move two sessions to the evening", "The iteration showed it works", List.of(ITERATION),
				new ExpectedImpact(new BigDecimal(valuePct), BigDecimal.ZERO, "Same hours", List.of()),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(PrincipleCode.RECIPROCITY),
				LocalDate.parse("2025-10-01"), false, null, null, null);
	}

	static StartIterationRequest startRequest(String providerPartyId, boolean withinFlexibility, String adaptationId) {
		return new StartIterationRequest(providerPartyId, "Evening drop-in", HYPOTHESIS, "One session moved to 18:00",
				"Central hub", List.of(), LocalDate.parse("2025-06-01"), LocalDate.parse("2025-07-27"),
				withinFlexibility, adaptationId, null, null);
	}

	static ProviderIterationStarted iterationStarted(String providerPartyId) {
		return new ProviderIterationStarted(PARTNERSHIP, ITERATION, providerPartyId, "Evening drop-in", HYPOTHESIS,
				"One session moved to 18:00", "Central hub", List.of(), LocalDate.parse("2025-06-01"),
				LocalDate.parse("2025-07-27"), true, null, day(3));
	}

	@SafeVarargs
	static List<PartnershipEvent> concat(List<? extends PartnershipEvent>... parts) {
		return java.util.Arrays.stream(parts).flatMap(List::stream).map(PartnershipEvent.class::cast).toList();
	}

}
