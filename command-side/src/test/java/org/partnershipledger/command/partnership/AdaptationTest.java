package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.agreeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.agreed;
import static org.partnershipledger.command.partnership.RelationalTestData.bothApprove;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.confirmed;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalReady;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceAgreed;
import static org.partnershipledger.command.partnership.RelationalTestData.implemented;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.proposeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.proposed;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;

/**
 * An adaptation's life: proposed by a commissioner or provider for its own party,
 * assessed, agreed by a governance body within its delegation (proposed by the
 * commissioner, confirmed by every party it binds), implemented by whoever's change it
 * is, evaluated.
 */
class AdaptationTest {

	private static final java.time.LocalDate ON = java.time.LocalDate.parse("2025-10-01");

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static List<PartnershipEvent> activeWith(PartnershipEvent... more) {
		return concat(formalRelationalActive(), List.of(more));
	}

	private static AgreeAdaptation agree(List<Approval> approvals, Instant at) {
		return new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER, agreeRequest(approvals), at);
	}

	private static ImplementAdaptation implement(Identity identity) {
		return new ImplementAdaptation(PARTNERSHIP, ADAPTATION, identity,
				new ImplementAdaptationRequest(ON, "Done", null, null), day(5));
	}

	@Test
	void aProviderProposesForItsOwnParty() {
		this.fixture.given(formalRelationalActive())
			.when(new ProposeAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					proposeRequest(null, AdaptationCategory.SERVICE_DESIGN_CHANGE, "1.5"), day(3)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				Adaptation adaptation = partnership.adaptations().get(ADAPTATION);
				assertThat(adaptation.proposedByPartyId()).isEqualTo(CHARITY_PARTY);
				assertThat(adaptation.status()).isEqualTo(AdaptationStatus.PROPOSED);
			});
	}

	@Test
	void aProviderCannotProposeForAnotherParty() {
		this.fixture.given(formalRelationalActive())
			.when(new ProposeAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					proposeRequest(COUNCIL_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "1.5"), day(3)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void adaptationsNeedAnActivePartnership() {
		this.fixture.given(formalRelationalReady())
			.when(new ProposeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					proposeRequest(null, AdaptationCategory.SCOPE_CHANGE, "1.5"), day(3)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void assessingCompoundsThisChangeWithEveryAgreedOneForTheCumulativeChange() {
		this.fixture
			.given(activeWith(proposed("ad-0", AdaptationCategory.SCOPE_CHANGE, AdaptationFormality.OPERATIONAL, "4",
					COUNCIL_PARTY), agreed("ad-0"), serviceChangeProposed("2.5")))
			.when(new AssessAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					new AssessAdaptationRequest(LegalGround.LIGHT_TOUCH_FREE_MODIFICATION, ModificationRisk.LOW, false,
							"Light touch", null, null),
					day(4)))
			.expectEvents(new AdaptationAssessed(PARTNERSHIP, ADAPTATION, LegalGround.LIGHT_TOUCH_FREE_MODIFICATION,
					new BigDecimal("6.60"), new BigDecimal("0.00"), ModificationRisk.LOW, false, "Light touch",
					day(4)));
	}

	@Test
	void theCommissionerProposesAnAgreementWithinTheDelegationOfTheBodyInForce() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(agree(councilApproves(), day(4)))
			.expectEvents(jointlyProposed("jd-1",
					new AdaptationAgreed(PARTNERSHIP, ADAPTATION, BOARD,
							List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"),
									new Approval(CHARITY_PARTY, null)),
							List.of("Review after three months"), 1, null, day(4)),
					List.of(COUNCIL_PARTY, CHARITY_PARTY)));
	}

	@Test
	void theAgreementIsInForceWhenTheProviderConfirmsItWithEachPartysApproval() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.andGivenCommands(agree(councilApproves(), day(4)))
			.when(confirm("jd-1", PROVIDER, null, "Happy to try it", day(4)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, "Happy to try it", day(4)),
					new AdaptationAgreed(PARTNERSHIP, ADAPTATION, BOARD,
							List.of(new Approval(COUNCIL_PARTY, "Agreed at the board"),
									new Approval(CHARITY_PARTY, "Happy to try it")),
							List.of("Review after three months"), 1, null, day(4)))
			.expectState((partnership) -> assertThat(partnership.adaptations().get(ADAPTATION).status())
				.isEqualTo(AdaptationStatus.AGREED));
	}

	@Test
	void anAgreementBeyondTheDelegationIsRefusedNamingTheDelegation() {
		this.fixture.given(activeWith(serviceChangeProposed("12")))
			.when(agree(councilApproves(), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectExceptionMessage(containsString(
					"beyond the delegation of Partnership Board: value change 12% exceeds its limit of 10%"))
			.expectNoEvents();
	}

	@Test
	void aReductionBeyondTheDelegationIsRefusedToo() {
		this.fixture.given(activeWith(serviceChangeProposed("-12")))
			.when(agree(councilApproves(), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectNoEvents();
	}

	@Test
	void aCategoryOutsideTheDelegationIsRefused() {
		this.fixture
			.given(activeWith(proposed(ADAPTATION, AdaptationCategory.TERM_EXTENSION, AdaptationFormality.OPERATIONAL,
					"0", COUNCIL_PARTY)))
			.when(agree(councilApproves(), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectExceptionMessage(containsString("category TERM_EXTENSION is not one it may agree"))
			.expectNoEvents();
	}

	@Test
	void theDelegationInForceAtTheDecisionDateDecidesNotTheLatestOne() {
		List<PartnershipEvent> history = activeWith(governanceAgreed(2, "20", day(10)), serviceChangeProposed("12"));
		this.fixture.given(history)
			.when(agree(councilApproves(), day(9)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectNoEvents();
	}

	@Test
	void aLaterWiderDelegationAllowsTheAgreementAndIsRecordedByVersion() {
		List<PartnershipEvent> history = activeWith(governanceAgreed(2, "20", day(10)), serviceChangeProposed("12"));
		this.fixture.given(history)
			.andGivenCommands(agree(councilApproves(), day(11)))
			.when(confirm("jd-1", PROVIDER, day(11)))
			.expectEvents(confirmed("jd-1", CHARITY_PARTY, null, day(11)), new AdaptationAgreed(PARTNERSHIP, ADAPTATION,
					BOARD, bothApprove(), List.of("Review after three months"), 2, null, day(11)));
	}

	@Test
	void anAgreementRecordingAnotherPartysApprovalIsRefusedNamingThatParty() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(agree(bothApprove(), day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "approvals[1].partyId"))
			.expectExceptionMessage(containsString("Homes Together (" + CHARITY_PARTY + ")"))
			.expectNoEvents();
	}

	@Test
	void anAgreementByABodyThatDoesNotExistIsRefused() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(new AgreeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					new org.partnershipledger.api.AgreeAdaptationRequest("cabinet", councilApproves(), List.of(), null,
							null, null),
					day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "decidedBy"))
			.expectNoEvents();
	}

	@Test
	void anAgreedAdaptationCannotBeAgreedAgain() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5"), agreed(ADAPTATION)))
			.when(agree(councilApproves(), day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anUnknownAdaptationIsNotFound() {
		this.fixture.given(formalRelationalActive())
			.when(agree(councilApproves(), day(4)))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aProviderRejectsAnAdaptationOfItsOwnObligations() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(new RejectAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new RejectAdaptationRequest("Not now", null, null), day(4)))
			.expectEvents(new AdaptationRejected(PARTNERSHIP, ADAPTATION, "Not now", day(4)));
	}

	@Test
	void aProviderCannotRejectAnAdaptationThatDoesNotChangeItsObligations() {
		AdaptationProposed councilOnly = councilOnlyProposal();
		this.fixture.given(activeWith(councilOnly))
			.when(new RejectAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new RejectAdaptationRequest("Not now", null, null), day(4)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void onlyTheProposingPartyWithdraws() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(new WithdrawAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					new WithdrawAdaptationRequest("Changed our minds", null, null), day(4)))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void theProposingProviderWithdrawsItsProposal() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(new WithdrawAdaptation(PARTNERSHIP, ADAPTATION, PROVIDER,
					new WithdrawAdaptationRequest("Superseded", null, null), day(4)))
			.expectEvents(new AdaptationWithdrawn(PARTNERSHIP, ADAPTATION, "Superseded", day(4)));
	}

	@Test
	void theAffectedProviderImplementsAnAgreedServiceDesignChange() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5"), agreed(ADAPTATION)))
			.when(implement(PROVIDER))
			.expectEvents(implemented(ADAPTATION));
	}

	@Test
	void theCommissionerDoesNotImplementAServiceDesignChange() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5"), agreed(ADAPTATION)))
			.when(implement(COMMISSIONER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void theCommissionerImplementsAPriceChangeAndAProviderMayNot() {
		List<PartnershipEvent> history = activeWith(proposed(ADAPTATION, AdaptationCategory.PRICE_OR_RATE_CHANGE,
				AdaptationFormality.OPERATIONAL, "2", COUNCIL_PARTY), agreed(ADAPTATION));
		this.fixture.given(history)
			.when(implement(PROVIDER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
		new AggregateTestFixture<>(Partnership.class).given(history)
			.when(implement(COMMISSIONER))
			.expectEvents(new AdaptationImplemented(PARTNERSHIP, ADAPTATION, ON, "Done", day(5)));
	}

	@Test
	void aFormalVariationCannotBeImplementedBeforeTheContractVariationIsRecorded() {
		this.fixture
			.given(activeWith(proposed(ADAPTATION, AdaptationCategory.SERVICE_DESIGN_CHANGE,
					AdaptationFormality.FORMAL_VARIATION, "1.5", CHARITY_PARTY), agreed(ADAPTATION)))
			.when(implement(PROVIDER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("record the contract variation first"))
			.expectNoEvents();
	}

	@Test
	void onlyAnAgreedAdaptationIsImplemented() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5")))
			.when(implement(PROVIDER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void theCommissionerEvaluatesTheEffectOfAnImplementedAdaptation() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5"), agreed(ADAPTATION), implemented(ADAPTATION)))
			.when(new EvaluateAdaptationEffect(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					new EvaluateAdaptationEffectRequest(AdaptationEffect.PARTLY, "Attendance up 18%", null, null),
					day(6)))
			.expectEvents(new AdaptationEffectEvaluated(PARTNERSHIP, ADAPTATION, AdaptationEffect.PARTLY,
					"Attendance up 18%", day(6)))
			.expectState((partnership) -> assertThat(partnership.adaptations().get(ADAPTATION).status())
				.isEqualTo(AdaptationStatus.EVALUATED));
	}

	@Test
	void anAdaptationNotYetImplementedCannotBeEvaluated() {
		this.fixture.given(activeWith(serviceChangeProposed("1.5"), agreed(ADAPTATION)))
			.when(new EvaluateAdaptationEffect(PARTNERSHIP, ADAPTATION, PROVIDER,
					new EvaluateAdaptationEffectRequest(AdaptationEffect.EFFECTIVE, "Too early", null, null), day(6)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aPriceChangeCannotBeProposedOnAnAlignmentPartnership() {
		this.fixture
			.given(concat(RelationalTestData.alignmentChosen(), List.of(RelationalTestData.instrumentAdopted())))
			.when(new ProposeAdaptation(PARTNERSHIP, ADAPTATION, COMMISSIONER,
					proposeRequest(null, AdaptationCategory.PRICE_OR_RATE_CHANGE, "0"), day(3)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "category"))
			.expectNoEvents();
	}

	private static AdaptationProposed councilOnlyProposal() {
		AdaptationProposed both = proposed(ADAPTATION, AdaptationCategory.GOVERNANCE_CHANGE,
				AdaptationFormality.GOVERNANCE_DECISION, "0", COUNCIL_PARTY);
		return new AdaptationProposed(PARTNERSHIP, ADAPTATION, COUNCIL_PARTY, both.category(), both.formality(),
				both.title(), both.description(), both.rationale(), both.triggerRefs(), both.expectedImpact(),
				List.of(COUNCIL_PARTY), both.principlesInvoked(), both.proposedEffectiveDate(), false,
				both.occurredAt());
	}

}
