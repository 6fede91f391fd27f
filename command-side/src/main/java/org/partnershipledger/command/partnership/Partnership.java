package org.partnershipledger.command.partnership;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.spring.stereotype.Aggregate;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.api.AddPartyRequest;
import org.partnershipledger.events.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.events.api.AgreeAdaptationRequest;
import org.partnershipledger.events.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.events.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.events.api.AgreeSharedVisionRequest;
import org.partnershipledger.events.api.AssessAdaptationRequest;
import org.partnershipledger.events.api.ConcludeContractRequest;
import org.partnershipledger.events.api.ConcludeIterationRequest;
import org.partnershipledger.events.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.events.api.ProposeAdaptationRequest;
import org.partnershipledger.events.api.RecordIterationRequest;
import org.partnershipledger.events.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.events.api.StartIterationRequest;
import org.partnershipledger.events.api.HoldReviewRequest;
import org.partnershipledger.events.api.ScheduleReviewRequest;
import org.partnershipledger.events.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.events.api.ChoosePartnershipModelRequest;
import org.partnershipledger.events.api.FieldProblem;
import org.partnershipledger.events.api.RegisterPartnershipRequest;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.identity.Identity;
import org.partnershipledger.events.identity.UserRole;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.ReviewAction;

/**
 * One partnership: its whole life is one event stream. Command handlers only check the
 * rules and apply events; state changes only in the event sourcing handlers. The fields
 * are visible to Jackson so that snapshots hold the whole state.
 */
@Aggregate(snapshotTriggerDefinition = "partnershipSnapshotTrigger", cache = "partnershipCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Partnership {

	/**
	 * The shortest justification the framework accepts for a departure or a LOW choice.
	 */
	public static final int MIN_JUSTIFICATION_LENGTH = 50;

	/** The name the ledger records itself under when it notices a missed review. */
	public static final String SYSTEM_DISPLAY_NAME = "Partnership Ledger review deadline sweep";

	@AggregateIdentifier
	private String partnershipId;

	private PartnershipStatus status;

	private Map<String, Party> parties = new LinkedHashMap<>();

	private LatestAssessment latestAssessment;

	private PartnershipModel chosenModel;

	private PaymentMechanism paymentMechanism;

	private String contractId;

	private String instrumentId;

	private Governance governance = Governance.NONE;

	private Map<String, Measure> measures = new LinkedHashMap<>();

	private Map<String, Adaptation> adaptations = new LinkedHashMap<>();

	private Map<String, Iteration> iterations = new LinkedHashMap<>();

	private Map<String, Review> reviews = new LinkedHashMap<>();

	/** The overall mean of the latest relational health check, for DECLINING. */
	private BigDecimal latestHealthOverall;

	protected Partnership() {
		// for Axon and Jackson
	}

	@CommandHandler
	public Partnership(RegisterPartnership command) {
		Identity identity = command.identity();
		if (identity.role() != UserRole.COMMISSIONER) {
			throw PartnershipRejection.forbidden("Only a commissioner can register a partnership");
		}
		Organisation organisation = identity.organisation();
		PartyRef commissioningParty = new PartyRef(command.commissioningPartyId(), organisation.name(),
				organisation.identifier());
		RegisterPartnershipRequest request = command.request();
		apply(new PartnershipRegistered(command.partnershipId(), request.title(), request.description(),
				request.serviceArea(), commissioningParty, request.legalRegime(), request.plannedPeriod(),
				request.estimatedValue(), request.predecessorPartnershipId(), request.ocid(), command.occurredAt()),
				EventMetaData.of(identity, commissioningParty.partyId(), request.authority()));
	}

	@CommandHandler
	public long handle(AddParty command) {
		Party acting = commissioningPartyOf(command.identity());
		AddPartyRequest request = command.request();
		this.parties.values()
			.stream()
			.filter((party) -> party.identifier().equals(request.identifier()))
			.findFirst()
			.ifPresent((party) -> {
				throw PartnershipRejection
					.conflict(party.name() + " (" + party.identifier() + ") is already a party to this partnership");
			});
		checkPartyChange(request.partyChangeAdaptationId());
		apply(new PartyJoined(this.partnershipId, command.partyId(),
				new Organisation(request.name(), request.identifier()), request.roles(), request.basis(),
				request.reason(), blankToNull(request.partyChangeAdaptationId()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public AssessmentRecorded handle(AssessServiceCharacteristics command, RuleSet ruleSet) {
		Party acting = commissioningPartyOf(command.identity());
		AssessServiceCharacteristicsRequest request = command.request();
		List<String> unknownCoAssessors = request.coAssessorPartyIds()
			.stream()
			.filter((partyId) -> !this.parties.containsKey(partyId))
			.toList();
		if (!unknownCoAssessors.isEmpty()) {
			throw PartnershipRejection.unprocessable("A co-assessor is not a party to this partnership",
					List.of(new FieldProblem("coAssessorPartyIds",
							"Name only parties of this partnership as co-assessors; not parties: "
									+ String.join(", ", unknownCoAssessors))));
		}
		Map<Dimension, Integer> scores = request.scoreValues();
		Recommendation recommendation = ruleSet.recommend(request.moneyChangesHands(), scores);
		LatestAssessment previous = this.latestAssessment;
		boolean reassessment = previous != null;
		List<Dimension> changed = reassessment ? changedDimensions(previous.scores(), scores) : List.of();
		boolean recommendationChanged = reassessment && previous.recommendation().model() != recommendation.model();
		boolean diverges = this.chosenModel != null && this.chosenModel != recommendation.model();
		apply(new ServiceCharacteristicsAssessed(this.partnershipId, command.assessmentId(), request.trigger(),
				request.moneyChangesHands(), request.outcomeMetricsAvailable(), request.scores(),
				request.coAssessorPartyIds(), recommendation, reassessment ? previous.assessmentId() : null, changed,
				recommendationChanged, this.chosenModel, diverges, command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return new AssessmentRecorded(version(), recommendation);
	}

	@CommandHandler
	public ModelChoiceRecorded handle(ChoosePartnershipModel command) {
		Party acting = commissioningPartyOf(command.identity());
		if (this.latestAssessment == null) {
			throw PartnershipRejection.conflict("Assess the service before choosing a partnership model");
		}
		ChoosePartnershipModelRequest request = command.request();
		if (!this.latestAssessment.assessmentId().equals(request.basedOnAssessmentId())) {
			throw PartnershipRejection.unprocessable("The choice is not based on the latest assessment",
					List.of(new FieldProblem("basedOnAssessmentId", "Base the choice on the latest assessment, "
							+ this.latestAssessment.assessmentId() + ", and check its recommendation")));
		}
		Recommendation recommendation = this.latestAssessment.recommendation();
		boolean departs = request.chosenModel() != recommendation.model();
		List<FieldProblem> problems = choiceProblems(request, recommendation, departs);
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable("The model choice breaks a rule of the framework", problems);
		}
		apply(new PartnershipModelChosen(this.partnershipId, command.decisionId(), request.chosenModel(),
				request.paymentMechanism(), request.basedOnAssessmentId(), recommendation.model(),
				recommendation.confidence(), departs, request.departureJustification(), request.departureReasonCodes(),
				this.chosenModel, command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return new ModelChoiceRecorded(version(), departs);
	}

	private List<FieldProblem> choiceProblems(ChoosePartnershipModelRequest request, Recommendation recommendation,
			boolean departs) {
		List<FieldProblem> problems = new ArrayList<>();
		String justification = request.departureJustification();
		boolean justified = justification != null && justification.length() >= MIN_JUSTIFICATION_LENGTH;
		if (departs && !justified) {
			problems.add(new FieldProblem("departureJustification",
					"Choosing " + request.chosenModel() + " instead of the recommended " + recommendation.model()
							+ " needs a justification of at least " + MIN_JUSTIFICATION_LENGTH + " characters"));
		}
		else if (recommendation.confidence() == Confidence.LOW && !justified) {
			problems.add(new FieldProblem("departureJustification",
					"The recommendation has LOW confidence, so justify the choice in at least "
							+ MIN_JUSTIFICATION_LENGTH + " characters"));
		}
		if (departs && request.departureReasonCodes().isEmpty()) {
			problems.add(new FieldProblem("departureReasonCodes",
					"Give at least one reason code for departing from the recommendation"));
		}
		PaymentMechanism mechanism = request.paymentMechanism();
		if (!mechanism.isCompatibleWith(request.chosenModel())) {
			problems.add(new FieldProblem("paymentMechanism", mechanism + " does not go with " + request.chosenModel()
					+ "; alignment without a contract allows only NONE or POOLED_OR_ALIGNED_BUDGET"));
		}
		else if (mechanism == PaymentMechanism.SOCIAL_IMPACT_BOND
				&& this.parties.values().stream().noneMatch((party) -> party.holds(PartyRole.INVESTOR))) {
			problems.add(new FieldProblem("paymentMechanism",
					"A social impact bond needs a party with the INVESTOR role; add the investor first"));
		}
		return problems;
	}

	@CommandHandler
	public long handle(RemoveParty command) {
		Party acting = commissioningPartyOf(command.identity());
		Party leaving = this.parties.get(command.partyId());
		if (leaving == null) {
			throw PartnershipRejection.noSuch("There is no party " + command.partyId() + " in this partnership");
		}
		long commissioners = this.parties.values()
			.stream()
			.filter((party) -> party.holds(PartyRole.COMMISSIONER))
			.count();
		if (leaving.holds(PartyRole.COMMISSIONER) && commissioners == 1) {
			throw PartnershipRejection.unprocessable("A partnership keeps at least one commissioning party",
					List.of(new FieldProblem("partyId",
							leaving.name() + " is the only commissioning party; add another before it leaves")));
		}
		checkPartyChange(command.request().partyChangeAdaptationId());
		apply(new PartyLeft(this.partnershipId, command.partyId(), command.request().reason(),
				blankToNull(command.request().partyChangeAdaptationId()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(ConcludeContract command) {
		Party acting = commissioningPartyOf(command.identity());
		requireModelChosen("concluding a contract");
		if (this.chosenModel == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			throw PartnershipRejection.unprocessable(
					"An alignment partnership has no contract; record the alignment instrument the parties adopted",
					List.of());
		}
		requireNotYetActive();
		List<String> missing = this.governance.missing();
		if (this.chosenModel == PartnershipModel.FORMAL_RELATIONAL_CONTRACT && !missing.isEmpty()) {
			throw PartnershipRejection.conflict("A formal-relational partnership becomes ACTIVE only once the parties "
					+ "agreed a shared vision, guiding principles and governance arrangements; still missing: "
					+ String.join(", ", missing));
		}
		ConcludeContractRequest request = command.request();
		rejectIfAny("A supplier is not a party to this partnership",
				notParties(request.supplierPartyIds(), "supplierPartyIds"));
		apply(new ContractConcluded(this.partnershipId, command.contractId(), request.dateSigned(), request.period(),
				request.value(), request.supplierPartyIds(), request.relationalClausesIncluded(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AdoptAlignmentInstrument command) {
		Party acting = commissioningPartyOf(command.identity());
		requireModelChosen("adopting an alignment instrument");
		if (this.chosenModel != PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			throw PartnershipRejection.unprocessable("An alignment instrument is only for an alignment partnership; "
					+ "this one's model is " + this.chosenModel + ", so record its contract instead", List.of());
		}
		requireNotYetActive();
		AdoptAlignmentInstrumentRequest request = command.request();
		rejectIfAny("The signatories must be parties, the commissioning party among them",
				jointDecisionProblems(request.signatoryPartyIds(), acting, "signatoryPartyIds"));
		apply(new AlignmentInstrumentAdopted(this.partnershipId, command.instrumentId(), request.instrumentType(),
				request.signatoryPartyIds(), request.effectiveFrom(), request.reviewBy(), request.legallyBinding(),
				command.occurredAt()), EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AgreeSharedVision command) {
		Party acting = commissioningPartyOf(command.identity());
		requireAgreementStage("a shared vision");
		AgreeSharedVisionRequest request = command.request();
		rejectIfAny("The vision must be agreed by parties, the commissioning party among them",
				jointDecisionProblems(request.agreedByPartyIds(), acting, "agreedByPartyIds"));
		apply(new SharedVisionAgreed(this.partnershipId, this.governance.visionVersion() + 1, request.statement(),
				request.agreedByPartyIds(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AgreeGuidingPrinciples command) {
		Party acting = commissioningPartyOf(command.identity());
		requireAgreementStage("guiding principles");
		AgreeGuidingPrinciplesRequest request = command.request();
		rejectIfAny("The principles must be agreed by parties, the commissioning party among them",
				jointDecisionProblems(request.agreedByPartyIds(), acting, "agreedByPartyIds"));
		apply(new GuidingPrinciplesAgreed(this.partnershipId, this.governance.principlesVersion() + 1,
				request.principles(), request.agreedByPartyIds(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AgreeGovernanceArrangements command) {
		Party acting = commissioningPartyOf(command.identity());
		requireAgreementStage("governance arrangements");
		AgreeGovernanceArrangementsRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				jointDecisionProblems(request.agreedByPartyIds(), acting, "agreedByPartyIds"));
		for (int i = 0; i < request.bodies().size(); i++) {
			problems.addAll(notParties(request.bodies().get(i).memberPartyIds(), "bodies[" + i + "].memberPartyIds"));
		}
		rejectIfAny("Governance bodies and their agreement must name parties of this partnership", problems);
		apply(new GovernanceArrangementsAgreed(this.partnershipId, this.governance.arrangementsVersion() + 1,
				request.bodies(), request.delegations(), request.disputeLadder(), request.agreedByPartyIds(),
				command.occurredAt()), EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(DefineOutcomeMeasure command) {
		Party acting = commissioningPartyOf(command.identity());
		requireAgreementStage("outcome measures");
		DefineOutcomeMeasureRequest request = command.request();
		rejectIfAny("No payments on an alignment partnership",
				paymentProblems(request.isPaymentLinked(), request.rate() != null));
		apply(new OutcomeMeasureDefined(this.partnershipId, command.measureId(), request.name(), request.kind(),
				request.unit(), request.baseline(), request.target(), request.isPaymentLinked(), request.rate(),
				command.occurredAt()), EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(ReviseOutcomeMeasure command) {
		Party acting = commissioningPartyOf(command.identity());
		if (!this.measures.containsKey(command.measureId())) {
			throw PartnershipRejection.noSuch("There is no outcome measure " + command.measureId());
		}
		requireAgreementStage("outcome measures");
		ReviseOutcomeMeasureRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				paymentProblems(request.isPaymentLinked(), request.rate() != null));
		boolean needsAdaptation = this.status == PartnershipStatus.ACTIVE;
		if (needsAdaptation || request.adaptationId() != null) {
			Adaptation adaptation = this.adaptations.get(request.adaptationId());
			if (adaptation == null || adaptation.category() != AdaptationCategory.OUTCOME_MEASURE_CHANGE
					|| !adaptation.agreedOrLater()) {
				problems.add(new FieldProblem("adaptationId",
						"Once the partnership is ACTIVE a measure changes only under an agreed adaptation of "
								+ "category OUTCOME_MEASURE_CHANGE; name one"));
			}
		}
		rejectIfAny("The revision breaks a rule of the partnership", problems);
		apply(new OutcomeMeasureRevised(this.partnershipId, command.measureId(), request.name(), request.kind(),
				request.unit(), request.baseline(), request.target(), request.isPaymentLinked(), request.rate(),
				blankToNull(request.adaptationId()), request.reason(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(ProposeAdaptation command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		ProposeAdaptationRequest request = command.request();
		Acting.forOwnParty(acting, request.proposedByPartyId());
		requireActive("proposing an adaptation");
		List<FieldProblem> problems = new ArrayList<>(notParties(request.affectedPartyIds(), "affectedPartyIds"));
		problems
			.addAll(unknownMeasures(request.expectedImpact().measuresAffected(), "expectedImpact.measuresAffected"));
		if (isAlignment() && request.category() == AdaptationCategory.PRICE_OR_RATE_CHANGE) {
			problems.add(new FieldProblem("category", "No payments on an alignment partnership, so no price or rate"));
		}
		if (isAlignment() && request.formality() == AdaptationFormality.FORMAL_VARIATION) {
			problems.add(new FieldProblem("formality", "An alignment partnership has no contract to vary"));
		}
		rejectIfAny("The proposal breaks a rule of the partnership", problems);
		apply(new AdaptationProposed(this.partnershipId, command.adaptationId(), acting.partyId(), request.category(),
				request.formality(), request.title(), request.description(), request.rationale(), request.triggerRefs(),
				request.expectedImpact(), request.affectedPartyIds(), request.principlesInvoked(),
				request.proposedEffectiveDate(), request.isUrgent(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AssessAdaptation command) {
		Party acting = commissioningPartyOf(command.identity());
		Adaptation adaptation = undecidedAdaptation(command.adaptationId(), "assessed");
		AssessAdaptationRequest request = command.request();
		BigDecimal value = adaptation.valueChangePct();
		BigDecimal term = adaptation.termChangePct();
		for (Adaptation made : this.adaptations.values()) {
			if (made.agreedOrLater()) {
				value = value.add(made.valueChangePct());
				term = term.add(made.termChangePct());
			}
		}
		apply(new AdaptationAssessed(this.partnershipId, adaptation.adaptationId(), request.legalGround(), value, term,
				request.substantialModificationRisk(), request.contractChangeNoticeRequired(), request.notes(),
				command.occurredAt()), EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(AgreeAdaptation command) {
		Party acting = commissioningPartyOf(command.identity());
		Adaptation adaptation = undecidedAdaptation(command.adaptationId(), "agreed");
		AgreeAdaptationRequest request = command.request();
		Instant decidedAt = command.occurredAt();
		GovernanceVersion inForce = this.governance.inForceAt(decidedAt)
			.orElseThrow(() -> PartnershipRejection.unprocessable(
					"No governance arrangements were in force on " + decidedAt
							+ "; agree governance before deciding adaptations",
					List.of(new FieldProblem("decidedBy", "No governance body was in force at the decision date"))));
		GovernanceBody body = inForce.body(request.decidedBy())
			.orElseThrow(() -> PartnershipRejection.unprocessable(
					request.decidedBy() + " is not a body of governance version " + inForce.version(),
					List.of(new FieldProblem("decidedBy",
							"Name one of the bodies in force: " + inForce.bodies()
								.stream()
								.map((known) -> known.bodyId() + " (" + known.name() + ")")
								.collect(Collectors.joining(", "))))));
		List<FieldProblem> problems = new ArrayList<>();
		inForce.beyondDelegation(body, adaptation)
			.forEach((reason) -> problems.add(new FieldProblem("decidedBy", reason)));
		problems.addAll(approvalProblems(adaptation, request.approvals()));
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable("The adaptation cannot be agreed: "
					+ problems.stream().map(FieldProblem::message).collect(Collectors.joining("; ")), problems);
		}
		apply(new AdaptationAgreed(this.partnershipId, adaptation.adaptationId(), body.bodyId(), request.approvals(),
				request.conditions(), inForce.version(), decidedAt),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(RejectAdaptation command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		Adaptation adaptation = adaptation(command.adaptationId());
		if (command.identity().role() == UserRole.PROVIDER && !adaptation.affects(acting.partyId())) {
			throw PartnershipRejection.forbidden("A provider can reject only an adaptation that changes its own "
					+ "obligations; " + acting.name() + " is not among the affected parties");
		}
		undecidedAdaptation(command.adaptationId(), "rejected");
		apply(new AdaptationRejected(this.partnershipId, adaptation.adaptationId(), command.request().reasons(),
				command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(WithdrawAdaptation command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		Adaptation adaptation = adaptation(command.adaptationId());
		if (!acting.partyId().equals(adaptation.proposedByPartyId())) {
			throw PartnershipRejection.forbidden("Only the proposing party can withdraw its adaptation");
		}
		undecidedAdaptation(command.adaptationId(), "withdrawn");
		apply(new AdaptationWithdrawn(this.partnershipId, adaptation.adaptationId(), command.request().reason(),
				command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(ImplementAdaptation command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		Adaptation adaptation = adaptation(command.adaptationId());
		boolean byProvider = command.identity().role() == UserRole.PROVIDER;
		if (adaptation.implementedByProvider() && !(byProvider && adaptation.affects(acting.partyId()))) {
			throw PartnershipRejection
				.forbidden("A " + adaptation.category() + " is implemented by a provider whose obligations it changes");
		}
		if (!adaptation.implementedByProvider() && byProvider) {
			throw PartnershipRejection.forbidden(
					"A " + adaptation.category() + " is a contract or payment change: the commissioner implements it");
		}
		requireActive("implementing an adaptation");
		requireAdaptationStatus(adaptation, AdaptationStatus.AGREED, "implemented");
		if (adaptation.formality() == AdaptationFormality.FORMAL_VARIATION) {
			throw PartnershipRejection.conflict("A formal variation amends the contract: "
					+ "record the contract variation first (not yet available)");
		}
		apply(new AdaptationImplemented(this.partnershipId, adaptation.adaptationId(),
				command.request().implementedOn(), command.request().notes(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(EvaluateAdaptationEffect command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		Adaptation adaptation = adaptation(command.adaptationId());
		if (command.identity().role() == UserRole.PROVIDER && !adaptation.affects(acting.partyId())) {
			throw PartnershipRejection.forbidden("A provider evaluates only an adaptation that changed its own "
					+ "obligations; " + acting.name() + " is not among the affected parties");
		}
		requireActive("evaluating an adaptation");
		requireAdaptationStatus(adaptation, AdaptationStatus.IMPLEMENTED, "evaluated");
		apply(new AdaptationEffectEvaluated(this.partnershipId, adaptation.adaptationId(), command.request().effect(),
				command.request().evidence(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(StartIteration command) {
		Party acting = Acting.provider(this.parties.values(), this.partnershipId, command.identity());
		StartIterationRequest request = command.request();
		Acting.forOwnParty(acting, request.providerPartyId());
		requireActive("starting an iteration");
		rejectIfAny("The iteration breaks a rule of the partnership", iterationStartProblems(
				request.withinAgreedFlexibility(), request.adaptationId(), request.linkedMeasureIds()));
		apply(new ProviderIterationStarted(this.partnershipId, command.iterationId(), acting.partyId(), request.title(),
				request.hypothesis(), request.changeDescription(), request.cohortOrScope(), request.linkedMeasureIds(),
				request.startedOn(), request.plannedEndOn(), request.withinAgreedFlexibility(),
				blankToNull(request.adaptationId()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(ConcludeIteration command) {
		Party acting = Acting.provider(this.parties.values(), this.partnershipId, command.identity());
		Iteration iteration = this.iterations.get(command.iterationId());
		if (iteration == null) {
			throw PartnershipRejection.noSuch("There is no iteration " + command.iterationId());
		}
		if (!iteration.providerPartyId().equals(acting.partyId())) {
			throw PartnershipRejection.forbidden("Only the provider party whose iteration it is can conclude it");
		}
		requireActive("concluding an iteration");
		if (iteration.concluded()) {
			throw PartnershipRejection.conflict("Iteration " + iteration.iterationId() + " is already concluded");
		}
		ConcludeIterationRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				unknownAdaptation(request.followUpAdaptationId(), "followUpAdaptationId"));
		if (request.endedOn().isBefore(iteration.startedOn())) {
			problems.add(new FieldProblem("endedOn", "The end must not be before the start, " + iteration.startedOn()));
		}
		rejectIfAny("The conclusion breaks a rule of the partnership", problems);
		apply(new ProviderIterationConcluded(this.partnershipId, iteration.iterationId(), request.endedOn(),
				request.evidence(), request.result(), request.decision(), request.learningSummary(),
				blankToNull(request.followUpAdaptationId()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(RecordIteration command) {
		Party acting = Acting.provider(this.parties.values(), this.partnershipId, command.identity());
		RecordIterationRequest request = command.request();
		Acting.forOwnParty(acting, request.providerPartyId());
		requireActive("recording an iteration");
		List<FieldProblem> problems = new ArrayList<>(iterationStartProblems(request.withinAgreedFlexibility(),
				request.adaptationId(), request.linkedMeasureIds()));
		problems.addAll(unknownAdaptation(request.followUpAdaptationId(), "followUpAdaptationId"));
		rejectIfAny("The iteration breaks a rule of the partnership", problems);
		apply(new ProviderIterationRecorded(this.partnershipId, command.iterationId(), acting.partyId(),
				request.title(), request.hypothesis(), request.changeDescription(), request.cohortOrScope(),
				request.linkedMeasureIds(), request.startedOn(), request.plannedEndOn(),
				request.withinAgreedFlexibility(), blankToNull(request.adaptationId()), request.endedOn(),
				request.evidence(), request.result(), request.decision(), request.learningSummary(),
				blankToNull(request.followUpAdaptationId()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(ScheduleReview command) {
		Party acting = commissioningPartyOf(command.identity());
		requireModelChosen("scheduling a review");
		requireNotClosed("scheduling a review");
		ScheduleReviewRequest request = command.request();
		String bodyId = blankToNull(request.bodyId());
		if (bodyId != null && this.governance.inForceAt(command.occurredAt())
			.flatMap((inForce) -> inForce.body(bodyId))
			.isEmpty()) {
			throw PartnershipRejection.unprocessable("The review's body is not a governance body in force",
					List.of(new FieldProblem("bodyId", "There is no governance body " + bodyId
							+ " in force; agree governance first or leave the body out")));
		}
		apply(new ReviewPointScheduled(this.partnershipId, command.reviewId(), request.type(), request.dueDate(),
				request.effectiveGraceDays(), bodyId, request.agenda(), request.needsRelationalHealthCheck(),
				request.needsReassessment(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(RescheduleReview command) {
		Party acting = commissioningPartyOf(command.identity());
		Review review = openReview(command.reviewId(), "rescheduled");
		apply(new ReviewPointRescheduled(this.partnershipId, review.reviewId(), command.request().newDueDate(),
				command.request().reason(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	@CommandHandler
	public long handle(HoldReview command) {
		Party acting = commissioningPartyOf(command.identity());
		Review review = openReview(command.reviewId(), "held");
		HoldReviewRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(notParties(request.attendeePartyIds(), "attendeePartyIds"));
		problems.addAll(notParties(request.relationalHealth().stream().map(PartyRatings::partyId).toList(),
				"relationalHealth"));
		problems.addAll(notParties(request.actions()
			.stream()
			.map(ReviewAction::ownerPartyId)
			.filter((partyId) -> blankToNull(partyId) != null)
			.toList(), "actions"));
		request.adaptationsReviewed()
			.forEach((adaptationId) -> problems.addAll(unknownAdaptation(adaptationId, "adaptationsReviewed")));
		if (review.requiresRelationalHealthCheck() && !request.hasRelationalHealth()) {
			problems.add(new FieldProblem("relationalHealth",
					"This review was scheduled with a relational health check: give each party's ratings"));
		}
		rejectIfAny("The held review breaks a rule of the partnership", problems);
		RelationalHealthCheck health = request.hasRelationalHealth()
				? new RelationalHealthCheck(request.relationalHealth(),
						RelationalHealthRhc1.score(request.relationalHealth(), this.latestHealthOverall))
				: null;
		apply(new ReviewPointHeld(this.partnershipId, review.reviewId(), request.heldOn(), request.attendeePartyIds(),
				request.decisions(), request.actions(), request.performanceRating(), health,
				request.adaptationsReviewed(), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), request.authority()));
		return version();
	}

	@CommandHandler
	public long handle(ConfirmReviewMinutes command) {
		Party acting = Acting.commissionerOrProvider(this.parties.values(), this.partnershipId, command.identity());
		Acting.forOwnParty(acting, command.request().partyId());
		Review review = review(command.reviewId());
		if (review.state() != ReviewState.HELD) {
			throw PartnershipRejection.conflict("Review " + review.reviewId() + " is " + review.state()
					+ "; only the minutes of a held review are confirmed");
		}
		if (review.minutesConfirmedBy().contains(acting.partyId())) {
			throw PartnershipRejection.conflict(acting.name() + " already confirmed the minutes of review "
					+ review.reviewId() + "; each party confirms once");
		}
		apply(new ReviewMinutesConfirmed(this.partnershipId, review.reviewId(), acting.partyId(),
				blankToNull(command.request().dissent()), command.occurredAt()),
				EventMetaData.of(command.identity(), acting.partyId(), command.request().authority()));
		return version();
	}

	/**
	 * A review not held by the end of its grace is missed, exactly once: a second
	 * attempt, or one for a held review or before the grace ended, is refused (409) and
	 * stores nothing.
	 */
	@CommandHandler
	public long handle(MarkReviewPointMissed command) {
		Party acting = (command.identity() == null) ? null : commissioningPartyOf(command.identity());
		Review review = openReview(command.reviewId(), "missed");
		Instant missedFrom = review.missedFrom();
		if (command.detectedAt().isBefore(missedFrom)) {
			throw PartnershipRejection.conflict("Review " + review.reviewId() + " is due " + review.dueDate() + " with "
					+ review.graceDays() + " days of grace; it is not missed before " + missedFrom);
		}
		apply(new ReviewPointMissed(this.partnershipId, review.reviewId(), review.dueDate(), review.graceDays(),
				command.detectedAt(), missedFrom),
				(acting == null) ? EventMetaData.system(SYSTEM_DISPLAY_NAME)
						: EventMetaData.of(command.identity(), acting.partyId(), null));
		return version();
	}

	private Review review(String reviewId) {
		Review review = this.reviews.get(reviewId);
		if (review == null) {
			throw PartnershipRejection.noSuch("There is no review " + reviewId + " in this partnership");
		}
		return review;
	}

	/** A review still scheduled: neither held nor missed. */
	private Review openReview(String reviewId, String beingDone) {
		Review review = review(reviewId);
		if (review.state() != ReviewState.SCHEDULED) {
			throw new ReviewAlreadySettled("Review " + reviewId + " was already " + review.state()
					+ "; only a scheduled review can be " + beingDone);
		}
		return review;
	}

	private void requireNotClosed(String doing) {
		if (this.status == PartnershipStatus.CLOSED) {
			throw PartnershipRejection.conflict("The partnership is CLOSED; no more " + doing);
		}
	}

	private void requireModelChosen(String doing) {
		if (this.chosenModel == null) {
			throw PartnershipRejection
				.conflict("Choose the partnership model before " + doing + "; the partnership is " + this.status);
		}
	}

	private void requireNotYetActive() {
		if (this.status != PartnershipStatus.MODEL_CHOSEN) {
			throw PartnershipRejection.conflict("The partnership is already " + this.status);
		}
	}

	private void requireAgreementStage(String what) {
		if (this.status != PartnershipStatus.MODEL_CHOSEN && this.status != PartnershipStatus.ACTIVE) {
			throw PartnershipRejection.conflict("The parties agree " + what
					+ " once the partnership model is chosen; the partnership is " + this.status);
		}
	}

	private void requireActive(String doing) {
		if (this.status != PartnershipStatus.ACTIVE) {
			throw PartnershipRejection.conflict(capitalise(doing)
					+ " needs an ACTIVE partnership (a contract or alignment instrument); it is " + this.status);
		}
	}

	private Adaptation adaptation(String adaptationId) {
		Adaptation adaptation = this.adaptations.get(adaptationId);
		if (adaptation == null) {
			throw PartnershipRejection.noSuch("There is no adaptation " + adaptationId + " in this partnership");
		}
		return adaptation;
	}

	private Adaptation undecidedAdaptation(String adaptationId, String beingDone) {
		Adaptation adaptation = adaptation(adaptationId);
		requireActive("An adaptation being " + beingDone);
		if (!adaptation.undecided()) {
			throw PartnershipRejection.conflict("Adaptation " + adaptationId + " is " + adaptation.status()
					+ "; only a proposed or assessed adaptation can be " + beingDone);
		}
		return adaptation;
	}

	private static void requireAdaptationStatus(Adaptation adaptation, AdaptationStatus needed, String beingDone) {
		if (adaptation.status() != needed) {
			throw PartnershipRejection.conflict("Adaptation " + adaptation.adaptationId() + " is " + adaptation.status()
					+ "; only an " + needed + " adaptation can be " + beingDone);
		}
	}

	/**
	 * Once ACTIVE under a contract, a party joins or leaves only under an agreed
	 * PARTY_CHANGE adaptation; an adaptation named anyway must be one.
	 */
	private void checkPartyChange(String adaptationId) {
		boolean needed = this.status == PartnershipStatus.ACTIVE && this.contractId != null;
		if (!needed && blankToNull(adaptationId) == null) {
			return;
		}
		Adaptation adaptation = (adaptationId == null) ? null : this.adaptations.get(adaptationId);
		if (adaptation == null || adaptation.category() != AdaptationCategory.PARTY_CHANGE
				|| !adaptation.agreedOrLater()) {
			throw PartnershipRejection.unprocessable(
					"Once a partnership is ACTIVE under a contract, a party joins or leaves only under an agreed "
							+ "PARTY_CHANGE adaptation",
					List.of(new FieldProblem("partyChangeAdaptationId",
							"Name an agreed or implemented adaptation of category PARTY_CHANGE")));
		}
	}

	/**
	 * A joint decision names current parties, the acting commissioning party among them.
	 */
	private List<FieldProblem> jointDecisionProblems(List<String> partyIds, Party acting, String field) {
		List<FieldProblem> problems = new ArrayList<>(notParties(partyIds, field));
		if (!partyIds.contains(acting.partyId())) {
			problems.add(new FieldProblem(field, "The commissioning party, " + acting.name() + " (" + acting.partyId()
					+ "), must be among the parties who agreed"));
		}
		return problems;
	}

	private List<FieldProblem> notParties(Collection<String> partyIds, String field) {
		List<String> unknown = partyIds.stream().filter((partyId) -> !this.parties.containsKey(partyId)).toList();
		return unknown.isEmpty() ? List.of() : List.of(new FieldProblem(field,
				"Name only parties of this partnership; not parties: " + String.join(", ", unknown)));
	}

	private List<FieldProblem> unknownMeasures(Collection<String> measureIds, String field) {
		List<String> unknown = measureIds.stream().filter((id) -> !this.measures.containsKey(id)).toList();
		return unknown.isEmpty() ? List.of() : List.of(new FieldProblem(field,
				"Name only outcome measures of this partnership; unknown: " + String.join(", ", unknown)));
	}

	private List<FieldProblem> unknownAdaptation(String adaptationId, String field) {
		if (blankToNull(adaptationId) == null || this.adaptations.containsKey(adaptationId)) {
			return List.of();
		}
		return List.of(new FieldProblem(field, "There is no adaptation " + adaptationId + " in this partnership"));
	}

	private List<FieldProblem> paymentProblems(boolean paymentLinked, boolean hasRate) {
		List<FieldProblem> problems = new ArrayList<>();
		if (isAlignment() && paymentLinked) {
			problems.add(new FieldProblem("paymentLinked",
					"No payments on an alignment partnership: a measure cannot be payment-linked"));
		}
		if (isAlignment() && hasRate) {
			problems.add(new FieldProblem("rate", "No payments on an alignment partnership: a measure has no rate"));
		}
		return problems;
	}

	private List<FieldProblem> iterationStartProblems(boolean withinAgreedFlexibility, String adaptationId,
			List<String> linkedMeasureIds) {
		List<FieldProblem> problems = new ArrayList<>(unknownMeasures(linkedMeasureIds, "linkedMeasureIds"));
		if (!withinAgreedFlexibility && blankToNull(adaptationId) == null) {
			problems.add(new FieldProblem("adaptationId",
					"An iteration outside the agreed flexibility needs an adaptation: propose one and name it here"));
		}
		problems.addAll(unknownAdaptation(adaptationId, "adaptationId"));
		return problems;
	}

	/** Every party whose obligations change approves, and only parties approve. */
	private List<FieldProblem> approvalProblems(Adaptation adaptation, List<Approval> approvals) {
		List<FieldProblem> problems = new ArrayList<>(
				notParties(approvals.stream().map(Approval::partyId).toList(), "approvals"));
		Set<String> approving = approvals.stream().map(Approval::partyId).collect(Collectors.toSet());
		List<String> missing = adaptation.affectedPartyIds()
			.stream()
			.filter((partyId) -> !approving.contains(partyId))
			.map((partyId) -> this.parties.containsKey(partyId)
					? this.parties.get(partyId).name() + " (" + partyId + ")" : partyId)
			.toList();
		if (!missing.isEmpty()) {
			problems.add(new FieldProblem("approvals",
					"Approvals missing from affected parties: " + String.join(", ", missing)));
		}
		return problems;
	}

	private static void rejectIfAny(String message, List<FieldProblem> problems) {
		if (!problems.isEmpty()) {
			throw PartnershipRejection.unprocessable(message, problems);
		}
	}

	private boolean isAlignment() {
		return this.chosenModel == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	private static String capitalise(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private Party commissioningPartyOf(Identity identity) {
		return Acting.commissioner(this.parties.values(), this.partnershipId, identity);
	}

	private static List<Dimension> changedDimensions(Map<Dimension, Integer> before, Map<Dimension, Integer> after) {
		List<Dimension> changed = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (!Objects.equals(before.get(dimension), after.get(dimension))) {
				changed.add(dimension);
			}
		}
		return changed;
	}

	private static long version() {
		return AggregateLifecycle.getVersion();
	}

	@EventSourcingHandler
	void on(PartnershipRegistered event) {
		this.partnershipId = event.partnershipId();
		this.status = PartnershipStatus.REGISTERED;
		PartyRef party = event.commissioningParty();
		this.parties.put(party.partyId(),
				new Party(party.partyId(), party.name(), party.identifier(), List.of(PartyRole.COMMISSIONER)));
	}

	@EventSourcingHandler
	void on(PartyJoined event) {
		this.parties.put(event.partyId(),
				new Party(event.partyId(), event.party().name(), event.party().identifier(), event.roles()));
	}

	@EventSourcingHandler
	void on(ServiceCharacteristicsAssessed event) {
		Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
		for (Map.Entry<Dimension, DimensionScore> entry : event.scores().entrySet()) {
			scores.put(entry.getKey(), entry.getValue().score());
		}
		this.latestAssessment = new LatestAssessment(event.assessmentId(), scores, event.recommendation());
		if (this.status == PartnershipStatus.REGISTERED) {
			this.status = PartnershipStatus.ASSESSED;
		}
	}

	@EventSourcingHandler
	void on(PartnershipModelChosen event) {
		this.chosenModel = event.chosenModel();
		this.paymentMechanism = event.paymentMechanism();
		this.status = PartnershipStatus.MODEL_CHOSEN;
	}

	@EventSourcingHandler
	void on(PartyLeft event) {
		this.parties.remove(event.partyId());
	}

	@EventSourcingHandler
	void on(ContractConcluded event) {
		this.contractId = event.contractId();
		this.status = PartnershipStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(AlignmentInstrumentAdopted event) {
		this.instrumentId = event.instrumentId();
		this.status = PartnershipStatus.ACTIVE;
	}

	@EventSourcingHandler
	void on(SharedVisionAgreed event) {
		this.governance = this.governance.withVision(event.version());
	}

	@EventSourcingHandler
	void on(GuidingPrinciplesAgreed event) {
		this.governance = this.governance.withPrinciples(event.version());
	}

	@EventSourcingHandler
	void on(GovernanceArrangementsAgreed event) {
		this.governance = this.governance.withArrangements(
				new GovernanceVersion(event.version(), event.occurredAt(), event.bodies(), event.delegations()));
	}

	@EventSourcingHandler
	void on(OutcomeMeasureDefined event) {
		this.measures.put(event.measureId(), new Measure(event.measureId(), event.name()));
	}

	@EventSourcingHandler
	void on(OutcomeMeasureRevised event) {
		this.measures.put(event.measureId(), new Measure(event.measureId(), event.name()));
	}

	@EventSourcingHandler
	void on(AdaptationProposed event) {
		this.adaptations.put(event.adaptationId(),
				new Adaptation(event.adaptationId(), event.proposedByPartyId(), event.category(), event.formality(),
						event.expectedImpact().valueChangePct(), event.expectedImpact().termChangePct(),
						event.affectedPartyIds(), AdaptationStatus.PROPOSED));
	}

	@EventSourcingHandler
	void on(AdaptationAssessed event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.ASSESSED);
	}

	@EventSourcingHandler
	void on(AdaptationAgreed event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.AGREED);
	}

	@EventSourcingHandler
	void on(AdaptationRejected event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.REJECTED);
	}

	@EventSourcingHandler
	void on(AdaptationWithdrawn event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.WITHDRAWN);
	}

	@EventSourcingHandler
	void on(AdaptationImplemented event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.IMPLEMENTED);
	}

	@EventSourcingHandler
	void on(AdaptationEffectEvaluated event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.EVALUATED);
	}

	@EventSourcingHandler
	void on(ProviderIterationStarted event) {
		this.iterations.put(event.iterationId(),
				new Iteration(event.iterationId(), event.providerPartyId(), event.startedOn(), false));
	}

	@EventSourcingHandler
	void on(ProviderIterationConcluded event) {
		this.iterations.computeIfPresent(event.iterationId(), (id, iteration) -> iteration.concludedNow());
	}

	@EventSourcingHandler
	void on(ProviderIterationRecorded event) {
		this.iterations.put(event.iterationId(),
				new Iteration(event.iterationId(), event.providerPartyId(), event.startedOn(), true));
	}

	@EventSourcingHandler
	void on(ReviewPointScheduled event) {
		this.reviews.put(event.reviewId(), new Review(event.reviewId(), event.dueDate(), event.graceDays(),
				event.requiresRelationalHealthCheck(), ReviewState.SCHEDULED, Set.of()));
	}

	@EventSourcingHandler
	void on(ReviewPointRescheduled event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.rescheduledTo(event.newDueDate()));
	}

	@EventSourcingHandler
	void on(ReviewPointHeld event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.in(ReviewState.HELD));
		if (event.relationalHealth() != null) {
			this.latestHealthOverall = event.relationalHealth().result().overall();
		}
	}

	@EventSourcingHandler
	void on(ReviewMinutesConfirmed event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.confirmedBy(event.partyId()));
	}

	@EventSourcingHandler
	void on(ReviewPointMissed event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.in(ReviewState.MISSED));
	}

	private void moveAdaptation(String adaptationId, AdaptationStatus status) {
		this.adaptations.computeIfPresent(adaptationId, (id, adaptation) -> adaptation.withStatus(status));
	}

	String partnershipId() {
		return this.partnershipId;
	}

	PartnershipStatus status() {
		return this.status;
	}

	Map<String, Party> parties() {
		return Map.copyOf(this.parties);
	}

	LatestAssessment latestAssessment() {
		return this.latestAssessment;
	}

	PartnershipModel chosenModel() {
		return this.chosenModel;
	}

	PaymentMechanism paymentMechanism() {
		return this.paymentMechanism;
	}

	String contractId() {
		return this.contractId;
	}

	String instrumentId() {
		return this.instrumentId;
	}

	Governance governance() {
		return this.governance;
	}

	Map<String, Measure> measures() {
		return Map.copyOf(this.measures);
	}

	Map<String, Adaptation> adaptations() {
		return Map.copyOf(this.adaptations);
	}

	Map<String, Iteration> iterations() {
		return Map.copyOf(this.iterations);
	}

	Map<String, Review> reviews() {
		return Map.copyOf(this.reviews);
	}

	BigDecimal latestHealthOverall() {
		return this.latestHealthOverall;
	}

}
