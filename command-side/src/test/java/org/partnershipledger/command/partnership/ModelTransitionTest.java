package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.relational.TerminationReason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessed;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.chooseRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.chosen;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.contractConcluded;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceAgreed;
import static org.partnershipledger.command.partnership.RelationalTestData.principlesAgreed;
import static org.partnershipledger.command.partnership.RelationalTestData.visionAgreed;

/**
 * A live partnership moves along the spectrum (DOMAIN.md §2.6): the choice is a
 * transition, the partnership stays live, what must already hold is checked, and what
 * must still be recorded (a successor contract, the contract's end, an instrument) is
 * named and settled by the events that record it.
 */
class ModelTransitionTest {

	private static final PartnershipModel RELATIONAL = PartnershipModel.FORMAL_RELATIONAL_CONTRACT;

	private static final PartnershipModel TRANSACTIONAL = PartnershipModel.TRANSACTIONAL_CONTRACT;

	private static final PartnershipModel ALIGNMENT = PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	/**
	 * Transactional and ACTIVE under its contract, then reassessed as formal-relational.
	 */
	private static List<PartnershipEvent> transactionalReassessed() {
		return List.of(registered(), charityJoined(),
				assessed("a-1", recommendation(TRANSACTIONAL, Confidence.HIGH), 2, 2, 2, 2, 2, 2, 2),
				chosen(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE), contractConcluded(),
				reassessed("a-2", RELATIONAL, true));
	}

	private static ServiceCharacteristicsAssessed reassessed(String assessmentId, PartnershipModel recommended,
			boolean moneyChangesHands) {
		ServiceCharacteristicsAssessed first = assessed(assessmentId, recommendation(recommended, Confidence.HIGH), 4,
				4, 4, 3, 5, 4, 5);
		return new ServiceCharacteristicsAssessed(PARTNERSHIP, assessmentId, first.trigger(), moneyChangesHands, true,
				first.scores(), List.of(), first.recommendation(), "a-1", List.of(), true, recommended, true, day(3));
	}

	private static ChoosePartnershipModel choose(PartnershipModel model, PaymentMechanism mechanism) {
		return new ChoosePartnershipModel(PARTNERSHIP, "d-2", COMMISSIONER,
				chooseRequest(model, mechanism, "a-2", null), day(4));
	}

	private static PartnershipModelTransitioned transitioned(PartnershipModel from, PaymentMechanism fromMechanism,
			PartnershipModel to, PaymentMechanism toMechanism, TransitionPrerequisite... pending) {
		return new PartnershipModelTransitioned(PARTNERSHIP, "d-2", from, to, fromMechanism, toMechanism, "a-2", to,
				Confidence.HIGH, false, null, List.of(), List.of(pending), day(4));
	}

	private static ConcludeContractRequest successorRequest() {
		return new ConcludeContractRequest(LocalDate.parse("2026-01-10"),
				new ContractPeriod(LocalDate.parse("2026-02-01"), LocalDate.parse("2031-01-31"), null),
				new Money(new BigDecimal("6000000"), "GBP"), List.of(CHARITY_PARTY),
				List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), null, null);
	}

	@Test
	void aMoveToFormalRelationalNeedsItsRelationalBasisFirst() {
		this.fixture.given(transactionalReassessed())
			.when(choose(RELATIONAL, PaymentMechanism.OUTCOMES_BASED))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anActivePartnershipMovesToFormalRelationalAndStaysActiveUntilASuccessorContract() {
		List<PartnershipEvent> ready = concat(transactionalReassessed(),
				List.of(visionAgreed(1), principlesAgreed(), governanceAgreed(1, "10", day(3))));
		this.fixture.given(ready)
			.when(choose(RELATIONAL, PaymentMechanism.OUTCOMES_BASED))
			.expectEvents(transitioned(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, RELATIONAL,
					PaymentMechanism.OUTCOMES_BASED, TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR))
			.expectState((partnership) -> {
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
				assertThat(partnership.chosenModel()).isEqualTo(RELATIONAL);
				assertThat(partnership.paymentMechanism()).isEqualTo(PaymentMechanism.OUTCOMES_BASED);
				assertThat(partnership.pendingTransition())
					.containsExactly(TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR);
			});
	}

	@Test
	void aSuccessorContractSettlesTheTransitionWithItsOwnOriginalTerms() {
		List<PartnershipEvent> moved = concat(transactionalReassessed(),
				List.of(visionAgreed(1), principlesAgreed(), governanceAgreed(1, "10", day(3)),
						transitioned(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, RELATIONAL,
								PaymentMechanism.OUTCOMES_BASED, TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR)));
		this.fixture.given(moved)
			.when(new ConcludeContract(PARTNERSHIP, "c-2", COMMISSIONER, successorRequest(), day(5)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.pendingTransition()).isEmpty();
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
				assertThat(partnership.contract().contractId()).isEqualTo("c-2");
				assertThat(partnership.contract().originalValue().amount()).isEqualByComparingTo("6000000");
			});
	}

	@Test
	void aSecondContractIsRefusedWhenNoTransitionWaitsForIt() {
		this.fixture.given(formalRelationalActive())
			.when(new ConcludeContract(PARTNERSHIP, "c-2", COMMISSIONER, successorRequest(), day(5)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aMoveToAlignmentNeedsAnAssessmentThatFindsNoMoneyChangingHands() {
		List<PartnershipEvent> history = concat(formalRelationalActive(), List.of(reassessed("a-2", ALIGNMENT, true)));
		this.fixture.given(history)
			.when(choose(ALIGNMENT, PaymentMechanism.NONE))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aMoveToAlignmentWaitsForTheContractsEndAndAnInstrumentThenIsActiveAgain() {
		List<PartnershipEvent> history = concat(formalRelationalActive(), List.of(reassessed("a-2", ALIGNMENT, false)));
		this.fixture.given(history)
			.when(choose(ALIGNMENT, PaymentMechanism.NONE))
			.expectEvents(transitioned(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, ALIGNMENT, PaymentMechanism.NONE,
					TransitionPrerequisite.CONTRACT_ENDED, TransitionPrerequisite.INSTRUMENT_ADOPTED));

		List<PartnershipEvent> ended = concat(history,
				List.of(transitioned(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, ALIGNMENT, PaymentMechanism.NONE,
						TransitionPrerequisite.CONTRACT_ENDED, TransitionPrerequisite.INSTRUMENT_ADOPTED),
						new ContractTerminated(PARTNERSHIP, CONTRACT, TerminationReason.EARLY_BY_AGREEMENT,
								LocalDate.parse("2026-03-31"), "Moving to an alliance", day(5))));
		new AggregateTestFixture<>(Partnership.class).given(ended)
			.andGivenCommands(new AdoptAlignmentInstrument(PARTNERSHIP, "i-1", COMMISSIONER,
					new AdoptAlignmentInstrumentRequest(InstrumentType.ALLIANCE_AGREEMENT,
							List.of(COUNCIL_PARTY, CHARITY_PARTY), LocalDate.parse("2026-04-01"),
							LocalDate.parse("2027-03-31"), false, null, null),
					day(6)))
			.when(RelationalTestData.confirm("jd-1", PartnershipTestData.PROVIDER, day(6)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> {
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE);
				assertThat(partnership.pendingTransition()).isEmpty();
			});
	}

	@Test
	void aMoveFromAlignmentToAContractWaitsForTheInstrumentsEndAndAContract() {
		List<PartnershipEvent> history = concat(RelationalTestData.alignmentChosen(),
				List.of(RelationalTestData.instrumentAdopted(), reassessed("a-2", TRANSACTIONAL, true)));
		this.fixture.given(history)
			.when(choose(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE))
			.expectEvents(transitioned(ALIGNMENT, PaymentMechanism.NONE, TRANSACTIONAL, PaymentMechanism.FIXED_PRICE,
					TransitionPrerequisite.INSTRUMENT_ENDED, TransitionPrerequisite.CONTRACT_CONCLUDED))
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.ACTIVE));
	}

	@Test
	void anAgreedPaymentMechanismChangeChangesTheMechanismInForce() {
		AdaptationProposed mechanismChange = new AdaptationProposed(PARTNERSHIP, "ad-m", COUNCIL_PARTY,
				AdaptationCategory.PAYMENT_MECHANISM_CHANGE, AdaptationFormality.GOVERNANCE_DECISION,
				"Pay on open book", "Costs reimbursed", "Outcomes are not yet measurable", List.of(),
				new ExpectedImpact(BigDecimal.ZERO, BigDecimal.ZERO, "Same service", List.of()),
				List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(), LocalDate.parse("2025-10-01"), false,
				PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK, day(3));
		// agreed (by a body whose delegation covers it), then any next command sees the
		// new mechanism
		this.fixture
			.given(concat(formalRelationalActive(),
					List.of(mechanismChange,
							new AdaptationAgreed(PARTNERSHIP, "ad-m", RelationalTestData.BOARD,
									RelationalTestData.bothApprove(), List.of(), 1, null, day(4)))))
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-next", COMMISSIONER,
					RelationalTestData.proposeRequest(COUNCIL_PARTY, AdaptationCategory.SCOPE_CHANGE, "1"), day(5)))
			.expectSuccessfulHandlerExecution()
			.expectState((partnership) -> assertThat(partnership.paymentMechanism())
				.isEqualTo(PaymentMechanism.COST_REIMBURSEMENT_OPEN_BOOK));
	}

	@Test
	void aPaymentMechanismChangeNamesTheMechanismItMovesTo() {
		ProposeAdaptationRequest request = new ProposeAdaptationRequest(COUNCIL_PARTY,
				AdaptationCategory.PAYMENT_MECHANISM_CHANGE, AdaptationFormality.GOVERNANCE_DECISION, "Pool budgets",
				"Pool the budgets", "Why not", List.of(), null, List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(),
				LocalDate.parse("2025-10-01"), false, PaymentMechanism.POOLED_OR_ALIGNED_BUDGET, null, null);
		this.fixture.given(formalRelationalActive())
			.when(new ProposeAdaptation(PARTNERSHIP, "ad-m", COMMISSIONER, request, day(3)))
			.expectSuccessfulHandlerExecution();
		ProposeAdaptationRequest none = new ProposeAdaptationRequest(COUNCIL_PARTY,
				AdaptationCategory.PAYMENT_MECHANISM_CHANGE, AdaptationFormality.GOVERNANCE_DECISION, "Pool budgets",
				"Pool the budgets", "Why not", List.of(), null, List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(),
				LocalDate.parse("2025-10-01"), false, null, null, null);
		assertThat(none.problems(Clock.systemUTC())).extracting(FieldProblem::field).contains("newPaymentMechanism");
	}

}
