package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.command.partnership.JointDecisionCommands.DeclineJointDecision;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.PrincipleCode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.FUND;
import static org.partnershipledger.command.partnership.RelationalTestData.FUNDER;
import static org.partnershipledger.command.partnership.RelationalTestData.FUNDER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.ICB;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PROVIDER;
import static org.partnershipledger.command.partnership.RelationalTestData.STATUTORY;
import static org.partnershipledger.command.partnership.RelationalTestData.STATUTORY_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.agreeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.alignmentChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalChosen;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.partnerJoined;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.visionAgreed;

/**
 * Decisions each party takes itself (DOMAIN.md §4, "Joint (J) decisions"; issue 14): the
 * commissioner proposes, every party the decision binds confirms it for itself or
 * declines it, and it is in force only once all have confirmed. Who it binds follows from
 * its kind and the parties' roles, not from the proposer's list, and nobody records
 * another party's approval.
 */
class JointDecisionTest {

	private static final String STATEMENT = "No one sleeps rough for a second night";

	private static final String EVALUATOR_PARTY = "party-evaluator";

	private static final Organisation WHAT_WORKS = new Organisation("What Works Centre",
			new OrganisationIdentifier("GB-CHC", "7654321"));

	private static final Identity EVALUATOR = new Identity("eve", "Eve Evaluator", UserRole.PROVIDER, WHAT_WORKS);

	private static final String COUNCIL_BOARD = "council-board";

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static PartyJoined joined(String partyId, Organisation organisation, PartyRole role) {
		return new PartyJoined(PARTNERSHIP, partyId, organisation, List.of(role), PartyBasis.MOU, "Joins the work",
				null, null, day(0));
	}

	private static AgreeSharedVision vision(List<String> agreedBy, Instant at) {
		return new AgreeSharedVision(PARTNERSHIP, COMMISSIONER,
				new AgreeSharedVisionRequest(STATEMENT, agreedBy, null, null), at);
	}

	private static AgreeSharedVision vision() {
		return vision(List.of(), day(1));
	}

	private static AgreeAdaptation agree(List<Approval> approvals, Instant at) {
		return new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER, agreeRequest(approvals), at);
	}

	private static AgreeAdaptation agree() {
		return agree(councilApproves(), day(4));
	}

	/** A price change the council proposed naming only itself as affected. */
	private static AdaptationProposed priceChangeNamingOnlyTheCouncil() {
		return new AdaptationProposed(PARTNERSHIP, ADAPTATION, COUNCIL_PARTY, AdaptationCategory.PRICE_OR_RATE_CHANGE,
				AdaptationFormality.OPERATIONAL, "Higher rate", "The rate per outcome rises", "Costs rose", List.of(),
				new ExpectedImpact(new BigDecimal("3"), BigDecimal.ZERO, "Dearer", List.of()), List.of(COUNCIL_PARTY),
				List.of(PrincipleCode.RECIPROCITY), LocalDate.parse("2025-10-01"), false, day(3));
	}

	/** The adaptation agreed as proposed for the council and the charity. */
	private static AdaptationAgreed agreementFor(List<Approval> approvals, Instant at) {
		return new AdaptationAgreed(PARTNERSHIP, ADAPTATION, BOARD, approvals, List.of("Review after three months"), 1,
				null, at);
	}

	private static List<PartnershipEvent> chosenWith(PartnershipEvent... more) {
		return concat(formalRelationalChosen(), List.of(more));
	}

	private static List<PartnershipEvent> activeWith(PartnershipEvent... more) {
		return concat(formalRelationalActive(), List.of(more));
	}

	// "[own party] alone" no longer passes: vision, principles, governance, instrument

	@Test
	void theCommissionersOwnPartyAloneDoesNotAgreeTheVision() {
		this.fixture.given(formalRelationalChosen())
			.when(vision(List.of(COUNCIL_PARTY), day(1)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectNoEvents();
	}

	@Test
	void aVisionProposedByTheCommissionerIsNotInForceUntilTheProviderConfirmsIt() {
		this.fixture.given(formalRelationalChosen())
			.when(vision())
			.expectEvents(jointlyProposed("jd-1", visionAgreed(1), List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectState((partnership) -> {
				assertThat(partnership.governance().visionVersion()).isZero();
				assertThat(partnership.pendingDecisions().get("jd-1").awaiting()).containsExactly(CHARITY_PARTY);
			});
	}

	@Test
	void theProvidersConfirmationPutsTheVisionInForceAgreedByBothParties() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(confirm("jd-1", PROVIDER, null, "We share it", day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, "We share it", day(1)),
					new SharedVisionAgreed(PARTNERSHIP, 1, STATEMENT, List.of(COUNCIL_PARTY, CHARITY_PARTY), day(1)))
			.expectState((partnership) -> {
				assertThat(partnership.governance().visionVersion()).isEqualTo(1);
				assertThat(partnership.pendingDecisions()).isEmpty();
			});
	}

	@Test
	void principlesProposedAreNotInForceUntilTheProviderConfirmsThem() {
		AgreeGuidingPrinciples principles = new AgreeGuidingPrinciples(PARTNERSHIP, COMMISSIONER,
				new AgreeGuidingPrinciplesRequest(
						List.of(new GuidingPrinciple(PrincipleCode.HONESTY, "We share bad news early", List.of())),
						List.of(COUNCIL_PARTY), null, null),
				day(1));
		this.fixture.given(formalRelationalChosen())
			.when(principles)
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "agreedByPartyIds"))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(formalRelationalChosen())
			.when(new AgreeGuidingPrinciples(PARTNERSHIP, COMMISSIONER,
					new AgreeGuidingPrinciplesRequest(principles.request().principles(), null, null, null), day(1)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.governance().principlesVersion()).isZero();
				assertThat(partnership.pendingDecisions()).containsOnlyKeys("jd-1");
			});
	}

	@Test
	void governanceProposedIsNotInForceUntilTheProviderConfirmsIt() {
		this.fixture.given(formalRelationalChosen())
			.when(new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
					RelationalTestData.governanceRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY)), day(1)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.governance().arrangementsVersion()).isZero();
				assertThat(partnership.governance().inForceAt(day(1))).isEmpty();
				assertThat(partnership.pendingDecisions()).containsOnlyKeys("jd-1");
			});
	}

	@Test
	void anInstrumentProposedIsNotInForceUntilTheProviderSignsIt() {
		this.fixture.given(alignmentChosen())
			.when(new AdoptAlignmentInstrument(PARTNERSHIP, "i-1", COMMISSIONER,
					new AdoptAlignmentInstrumentRequest(InstrumentType.MOU, null, LocalDate.parse("2025-05-01"),
							LocalDate.parse("2026-04-30"), false, null, null),
					day(2)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.instrumentId()).isNull();
				assertThat(partnership.status()).isNotEqualTo(PartnershipStatus.ACTIVE);
			});
	}

	// governance the commissioner gives its own board

	private static AgreeGovernanceArrangements councilBoardWithEveryPower(Instant at) {
		return new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
				new AgreeGovernanceArrangementsRequest(
						List.of(new GovernanceBody(COUNCIL_BOARD, "Council Board", GovernanceTier.STRATEGIC,
								List.of(COUNCIL_PARTY), "Monthly", "Everything")),
						List.of(new Delegation(COUNCIL_BOARD, new BigDecimal("100"), new BigDecimal("100"),
								List.of(AdaptationCategory.values()))),
						List.of(DisputeStep.JOINT_WORKING_GROUP), null, null, null),
				at);
	}

	private static AgreeAdaptation agreeByTheCouncilBoard(Instant at) {
		return new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
				new AgreeAdaptationRequest(COUNCIL_BOARD, councilApproves(), List.of(), null, null, null), at);
	}

	@Test
	void governanceGivingTheCommissionersBoardEveryPowerIsNotInForceSoAnAgreementMeanwhileIsJudgedByTheFirst() {
		this.fixture.given(activeWith(serviceChangeProposed("40")))
			.andGivenCommands(councilBoardWithEveryPower(day(5)))
			.when(agreeByTheCouncilBoard(day(6)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectNoEvents();
	}

	@Test
	void onceTheProviderConfirmsThatGovernanceAnAgreementUnderItStillWaitsForTheProvider() {
		this.fixture.given(activeWith(serviceChangeProposed("40")))
			.andGivenCommands(councilBoardWithEveryPower(day(5)), confirm("jd-1", PROVIDER, day(5)))
			.when(agreeByTheCouncilBoard(day(6)))
			.expectEvents(jointlyProposed("jd-2",
					new AdaptationAgreed(PARTNERSHIP, ADAPTATION, COUNCIL_BOARD,
							List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"),
									new Approval(CHARITY_PARTY, null)),
							List.of(), 2, null, day(6)),
					List.of(COUNCIL_PARTY, CHARITY_PARTY)));
	}

	// the delegation is judged again when the agreement comes into force

	@Test
	void anAgreementWhoseBodyLostItsDelegationWhileItWaitedDoesNotComeIntoForce() {
		this.fixture.given(activeWith(serviceChangeProposed("4")))
			.andGivenCommands(agree(councilApproves(), day(4)), boardLimitedTo("2", day(5)),
					confirm("jd-2", PROVIDER, day(5)))
			.when(confirm("jd-1", PROVIDER, day(6)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("governance version 2"))
			.expectNoEvents();
	}

	@Test
	void anAgreementConfirmedUnderANewerGovernanceThatStillCoversItRecordsThatVersion() {
		this.fixture.given(activeWith(serviceChangeProposed("4")))
			.andGivenCommands(agree(councilApproves(), day(4)), boardLimitedTo("8", day(5)),
					confirm("jd-2", PROVIDER, day(5)))
			.when(confirm("jd-1", PROVIDER, day(6)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(6)),
					new AdaptationAgreed(PARTNERSHIP, ADAPTATION, BOARD,
							List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"),
									new Approval(CHARITY_PARTY, null)),
							List.of("Review after three months"), 2, null, day(6)));
	}

	/**
	 * A confirmation back-dated to before the newer governance puts the agreement in
	 * force under the governance of that date.
	 */
	@Test
	void anAgreementConfirmedAsOfADateBeforeTheNewerGovernanceIsJudgedByTheGovernanceOfThatDate() {
		this.fixture.given(activeWith(serviceChangeProposed("4")))
			.andGivenCommands(agree(councilApproves(), day(4)), boardLimitedTo("2", day(5)),
					confirm("jd-2", PROVIDER, day(5)))
			.when(confirm("jd-1", PROVIDER, day(4)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(4)), agreementFor(
					List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"), new Approval(CHARITY_PARTY, null)),
					day(4)));
	}

	/**
	 * Governance version 2: the board alone, with the given limit on a change in value.
	 */
	private static AgreeGovernanceArrangements boardLimitedTo(String maxValuePct, Instant at) {
		return new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
				new AgreeGovernanceArrangementsRequest(List.of(RelationalTestData.board()),
						List.of(RelationalTestData.boardDelegation(maxValuePct)),
						List.of(DisputeStep.JOINT_WORKING_GROUP), null, null, null),
				at);
	}

	// nobody records another party's approval; the category decides who is bound

	@Test
	void anApprovalTickedForTheProviderIsRefused() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(agree(List.of(new Approval(CHARITY_PARTY, "Approved by Homes Together"),
					new Approval(COUNCIL_PARTY, "Agreed at the board")), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "approvals[0].partyId"))
			.expectExceptionMessage(containsString("Nobody records another party's approval"))
			.expectNoEvents();
	}

	@Test
	void aPriceChangeNamingOnlyTheCouncilStillWaitsForTheProvider() {
		this.fixture.given(activeWith(priceChangeNamingOnlyTheCouncil()))
			.when(agree())
			.expectEvents(jointlyProposed("jd-1",
					agreementFor(List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"),
							new Approval(CHARITY_PARTY, null)), day(4)),
					List.of(COUNCIL_PARTY, CHARITY_PARTY)))
			.expectState((partnership) -> assertThat(partnership.adaptations().get(ADAPTATION).status())
				.isEqualTo(AdaptationStatus.PROPOSED));
	}

	@Test
	void anAgreementProposedWithoutAnyCommentWaitsAndComesIntoForceWithoutOne() {
		this.fixture.given(activeWith(priceChangeNamingOnlyTheCouncil()))
			.andGivenCommands(agree(List.of(), day(4)))
			.when(confirm("jd-1", PROVIDER, day(5)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(5)), agreementFor(
					List.of(new Approval(COUNCIL_PARTY, null), new Approval(CHARITY_PARTY, null)), day(5)));
	}

	/**
	 * Whose obligations an adaptation changes follows from its category, not from the
	 * proposer's list: the charity may reject a price change that named only the council.
	 */
	@Test
	void aProviderRejectsAPriceChangeThatChangesItsObligationsThoughTheProposerNamedOnlyTheCouncil() {
		this.fixture.given(activeWith(priceChangeNamingOnlyTheCouncil()))
			.when(new RejectAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new RejectAdaptationRequest("Not at this rate", null, null), day(4)))
			.expectEvents(new AdaptationRejected(PARTNERSHIP, ADAPTATION, "Not at this rate", day(4)));
	}

	/**
	 * ... and naming the charity does not make a governance change the charity's to
	 * reject.
	 */
	@Test
	void aProviderNamedAsAffectedCannotRejectAChangeThatBindsOnlyTheCommissioner() {
		this.fixture
			.given(activeWith(proposed(ADAPTATION, AdaptationCategory.GOVERNANCE_CHANGE,
					AdaptationFormality.GOVERNANCE_DECISION, "0", COUNCIL_PARTY)))
			.when(new RejectAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new RejectAdaptationRequest("We were named", null, null), day(4)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anOutcomeMeasureChangeBindsOnlyTheCommissionerAndIsInForceAtOnce() {
		this.fixture
			.given(activeWith(proposed(ADAPTATION, AdaptationCategory.OUTCOME_MEASURE_CHANGE,
					AdaptationFormality.OPERATIONAL, "0", COUNCIL_PARTY)))
			.when(agree())
			.expectEvents(agreementFor(List.of(new Approval(COUNCIL_PARTY, "Agreed at the board")), day(4)))
			.expectState((partnership) -> assertThat(partnership.pendingDecisions()).isEmpty());
	}

	// confirming and declining

	@Test
	void aDeclineLapsesTheProposal() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(new DeclineJointDecision(PARTNERSHIP, "jd-1", PROVIDER,
					new DeclineJointDecisionRequest(null, "Not in our words", null, null), day(2)))
			.expectEvents(new JointDecisionDeclined(PARTNERSHIP, "jd-1", CHARITY_PARTY, "Not in our words", day(2)))
			.expectState((partnership) -> {
				assertThat(partnership.pendingDecisions()).isEmpty();
				assertThat(partnership.governance().visionVersion()).isZero();
			});
	}

	@Test
	void aLapsedProposalCannotBeConfirmed() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision(),
					new DeclineJointDecision(PARTNERSHIP, "jd-1", PROVIDER,
							new DeclineJointDecisionRequest(null, "Not in our words", null, null), day(2)))
			.when(confirm("jd-1", PROVIDER, day(3)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void anEvaluatorIsNotBoundByTheVisionAndHasNothingToConfirm() {
		this.fixture.given(chosenWith(joined(EVALUATOR_PARTY, WHAT_WORKS, PartyRole.EVALUATOR)))
			.andGivenCommands(vision())
			.when(confirm("jd-1", EVALUATOR, day(1)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectExceptionMessage(containsString("does not bind What Works Centre"))
			.expectNoEvents();
	}

	@Test
	void aFunderIsNotBoundByAServiceDesignChange() {
		this.fixture.given(activeWith(joined(FUNDER_PARTY, FUND, PartyRole.FUNDER), serviceChangeProposed("1.5")))
			.andGivenCommands(agree())
			.when(confirm("jd-1", FUNDER, day(4)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aFunderConfirmsAPriceChangeForItsOwnParty() {
		this.fixture.given(activeWith(joined(FUNDER_PARTY, FUND, PartyRole.FUNDER), priceChangeNamingOnlyTheCouncil()))
			.andGivenCommands(agree())
			.when(confirm("jd-1", FUNDER, day(4)))
			.expectEvents(confirmed("jd-1", FUNDER_PARTY, null, day(4)))
			.expectState((partnership) -> assertThat(partnership.pendingDecisions().get("jd-1").awaiting())
				.containsExactly(CHARITY_PARTY));
	}

	@Test
	void aStatutoryPartnerConfirmsTheVisionForItsOwnPartyAndIsAmongThoseWhoAgreed() {
		this.fixture.given(chosenWith(joined(STATUTORY_PARTY, ICB, PartyRole.STATUTORY_PARTNER)))
			.andGivenCommands(vision(), confirm("jd-1", STATUTORY, day(1)))
			.when(confirm("jd-1", PROVIDER, day(1)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(1)), new SharedVisionAgreed(PARTNERSHIP, 1,
					STATEMENT, List.of(COUNCIL_PARTY, CHARITY_PARTY, STATUTORY_PARTY), day(1)));
	}

	@Test
	void aPartyConfirmsOnlyOnce() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision(), confirm("jd-1", PROVIDER, day(1)))
			.when(confirm("jd-1", PROVIDER, day(2)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theProposingPartyHasConfirmedByProposing() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(confirm("jd-1", COMMISSIONER, day(1)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void nobodyConfirmsForAnotherParty() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision())
			.when(confirm("jd-1", PROVIDER, PARTNER_PARTY, null, day(1)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectExceptionMessage(containsString("You act only for your own party"))
			.expectNoEvents();
	}

	@Test
	void theAuditorCannotConfirm() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(confirm("jd-1", AUDITOR, CHARITY_PARTY, null, day(1)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aConfirmationDatedBeforeTheProposalIsRefused() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision(List.of(), day(3)))
			.when(confirm("jd-1", PROVIDER, day(2)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "occurredAt"))
			.expectNoEvents();
	}

	@Test
	void anUnknownJointDecisionIsNotFound() {
		this.fixture.given(formalRelationalChosen())
			.when(confirm("jd-7", PROVIDER, day(2)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aSecondProposalOfTheVisionWhileOneWaitsIsAConflict() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(vision(List.of(), day(2)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anAdaptationIsNeitherWithdrawnNorRejectedWhileItsAgreementWaits() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.andGivenCommands(agree())
			.when(new WithdrawAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new WithdrawAdaptationRequest("Superseded", null, null), day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(activeWith(serviceChangeProposed("1.5")))
			.andGivenCommands(agree())
			.when(new RejectAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new RejectAdaptationRequest("Not now", null, null), day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	// a party the decision binds leaves while it waits

	private static RemoveParty partnerLeaves(Instant at) {
		return new RemoveParty(PARTNERSHIP, PARTNER_PARTY, COMMISSIONER,
				new RemovePartyRequest("The outreach moved in-house", null, null, null, null), at);
	}

	@Test
	void aDecisionWaitingForAPartyThatLeavesLapsesWithTheLeaving() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision())
			.when(partnerLeaves(day(2)))
			.expectEvents(new PartyLeft(PARTNERSHIP, PARTNER_PARTY, "The outreach moved in-house", null, null,
					List.of("jd-1"), day(2)))
			.expectState((partnership) -> assertThat(partnership.pendingDecisions()).isEmpty());
	}

	@Test
	void aDecisionALeavingPartyHadConfirmedLapsesTooForItCanNoLongerBindThatParty() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision(), confirm("jd-1", PARTNER_PROVIDER, day(1)))
			.when(partnerLeaves(day(2)))
			.expectEvents(new PartyLeft(PARTNERSHIP, PARTNER_PARTY, "The outreach moved in-house", null, null,
					List.of("jd-1"), day(2)));
	}

	@Test
	void aDecisionThatLapsedWithALeavingPartyCannotBeConfirmed() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision(), partnerLeaves(day(2)))
			.when(confirm("jd-1", PROVIDER, day(3)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aDecisionThatDoesNotBindTheLeavingPartyStillWaits() {
		this.fixture.given(chosenWith(joined(EVALUATOR_PARTY, WHAT_WORKS, PartyRole.EVALUATOR)))
			.andGivenCommands(vision())
			.when(new RemoveParty(PARTNERSHIP, EVALUATOR_PARTY, COMMISSIONER,
					new RemovePartyRequest("The evaluation ended", null, null, null, null), day(2)))
			.expectEvents(
					new PartyLeft(PARTNERSHIP, EVALUATOR_PARTY, "The evaluation ended", null, null, List.of(), day(2)))
			.expectState((partnership) -> assertThat(partnership.pendingDecisions()).containsOnlyKeys("jd-1"));
	}

	// the date a decision is in force from

	@Test
	void theDecisionIsInForceFromTheLastConfirmation() {
		this.fixture.given(formalRelationalChosen())
			.andGivenCommands(vision())
			.when(confirm("jd-1", PROVIDER, day(3)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(3)),
					new SharedVisionAgreed(PARTNERSHIP, 1, STATEMENT, List.of(COUNCIL_PARTY, CHARITY_PARTY), day(3)));
	}

	/**
	 * The confirmation recorded last may be dated before an earlier one: the decision is
	 * still in force only once every party has confirmed, from the latest of their dates.
	 */
	@Test
	void theDecisionIsInForceFromTheLatestConfirmationEvenWhenTheLastRecordedIsDatedEarlier() {
		this.fixture.given(chosenWith(partnerJoined()))
			.andGivenCommands(vision(), confirm("jd-1", PARTNER_PROVIDER, day(5)))
			.when(confirm("jd-1", PROVIDER, day(3)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(3)), new SharedVisionAgreed(PARTNERSHIP, 1,
					STATEMENT, List.of(COUNCIL_PARTY, CHARITY_PARTY, PARTNER_PARTY), day(5)));
	}

}
