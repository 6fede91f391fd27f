package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.PartnershipStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.JUSTIFICATION;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessed;
import static org.partnershipledger.command.partnership.PartnershipTestData.chooseRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.investorJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;

class ChoosePartnershipModelTest {

	private static final PartnershipModel RELATIONAL = PartnershipModel.FORMAL_RELATIONAL_CONTRACT;

	private static final PartnershipModel TRANSACTIONAL = PartnershipModel.TRANSACTIONAL_CONTRACT;

	private static final PartnershipModel ALIGNMENT = PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;

	private static final Recommendation RELATIONAL_HIGH = recommendation(RELATIONAL, Confidence.HIGH);

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private ChoosePartnershipModel choose(ChoosePartnershipModelRequest request) {
		return new ChoosePartnershipModel(PARTNERSHIP, "d-1", COMMISSIONER, request, T0);
	}

	@Test
	void noModelCanBeChosenBeforeAnAssessment() {
		this.fixture.given(registered())
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, "a-1", null)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aChoiceMustBeBasedOnTheLatestAssessment() {
		this.fixture
			.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5),
					assessed("a-2", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 4))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, "a-1", null)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "basedOnAssessmentId"))
			.expectNoEvents();
	}

	@Test
	void followingAHighConfidenceRecommendationNeedsNoJustification() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, "a-1", null)))
			.expectEvents(new PartnershipModelChosen(PARTNERSHIP, "d-1", RELATIONAL, PaymentMechanism.OUTCOMES_BASED,
					"a-1", RELATIONAL, Confidence.HIGH, false, null, List.of(), null, T0))
			.expectResultMessagePayload(new ModelChoiceRecorded(2L, false))
			.expectState((partnership) -> {
				assertThat(partnership.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN);
				assertThat(partnership.chosenModel()).isEqualTo(RELATIONAL);
			});
	}

	@Test
	void departingFromTheRecommendationWithoutJustificationOrReasonIsRejected() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, "a-1", null)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "departureJustification", "departureReasonCodes"))
			.expectNoEvents();
	}

	@Test
	void departingWithAJustificationUnderFiftyCharactersIsRejected() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, "a-1", "Cheaper.",
					DepartureReason.BUDGET_OR_FUNDING_RULES)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "departureJustification"))
			.expectNoEvents();
	}

	@Test
	void departingWithAJustificationButNoReasonCodeIsRejected() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, "a-1", JUSTIFICATION)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "departureReasonCodes"))
			.expectNoEvents();
	}

	@Test
	void aJustifiedDepartureIsRecordedAsADeparture() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(TRANSACTIONAL, PaymentMechanism.FIXED_PRICE, "a-1", JUSTIFICATION,
					DepartureReason.PILOT_FIRST, DepartureReason.MARKET_CAPACITY)))
			.expectEvents(new PartnershipModelChosen(PARTNERSHIP, "d-1", TRANSACTIONAL, PaymentMechanism.FIXED_PRICE,
					"a-1", RELATIONAL, Confidence.HIGH, true, JUSTIFICATION,
					List.of(DepartureReason.PILOT_FIRST, DepartureReason.MARKET_CAPACITY), null, T0))
			.expectResultMessagePayload(new ModelChoiceRecorded(2L, true));
	}

	@Test
	void anyChoiceAfterALowConfidenceRecommendationNeedsAJustification() {
		this.fixture
			.given(registered(), assessed("a-1", recommendation(RELATIONAL, Confidence.LOW), 2, 3, 2, 4, 2, 3, 4))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.UNIT_OR_ACTIVITY_PRICE, "a-1", "Short.")))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "departureJustification"))
			.expectNoEvents();
	}

	@Test
	void aJustifiedChoiceAfterALowConfidenceRecommendationIsRecorded() {
		this.fixture
			.given(registered(), assessed("a-1", recommendation(RELATIONAL, Confidence.LOW), 2, 3, 2, 4, 2, 3, 4))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.UNIT_OR_ACTIVITY_PRICE, "a-1", JUSTIFICATION)))
			.expectEvents(
					new PartnershipModelChosen(PARTNERSHIP, "d-1", RELATIONAL, PaymentMechanism.UNIT_OR_ACTIVITY_PRICE,
							"a-1", RELATIONAL, Confidence.LOW, false, JUSTIFICATION, List.of(), null, T0));
	}

	@Test
	void alignmentWithoutAContractCannotGoWithAPaymentForDelivery() {
		Recommendation alignment = recommendation(ALIGNMENT, Confidence.HIGH);
		this.fixture.given(registered(), assessed("a-1", alignment, 5, 4, 4, 4, 5, 3, 5))
			.when(choose(chooseRequest(ALIGNMENT, PaymentMechanism.FIXED_PRICE, "a-1", null)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "paymentMechanism"))
			.expectNoEvents();
	}

	@Test
	void alignmentWithAPooledBudgetIsAccepted() {
		Recommendation alignment = recommendation(ALIGNMENT, Confidence.HIGH);
		this.fixture.given(registered(), assessed("a-1", alignment, 5, 4, 4, 4, 5, 3, 5))
			.when(choose(chooseRequest(ALIGNMENT, PaymentMechanism.POOLED_OR_ALIGNED_BUDGET, "a-1", null)))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(new ModelChoiceRecorded(2L, false));
	}

	@Test
	void aSocialImpactBondNeedsAPartyWithTheInvestorRole() {
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.SOCIAL_IMPACT_BOND, "a-1", null)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "paymentMechanism"))
			.expectNoEvents();
	}

	@Test
	void aSocialImpactBondWithAnInvestorPartyIsAccepted() {
		this.fixture.given(registered(), investorJoined(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5))
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.SOCIAL_IMPACT_BOND, "a-1", null)))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(new ModelChoiceRecorded(3L, false));
	}

	@Test
	void choosingAgainRecordsThePreviousModel() {
		PartnershipModelChosen first = new PartnershipModelChosen(PARTNERSHIP, "d-0", TRANSACTIONAL,
				PaymentMechanism.FIXED_PRICE, "a-1", RELATIONAL, Confidence.HIGH, true, JUSTIFICATION,
				List.of(DepartureReason.PILOT_FIRST), null, T0);
		this.fixture.given(registered(), assessed("a-1", RELATIONAL_HIGH, 4, 4, 4, 3, 5, 4, 5), first)
			.when(choose(chooseRequest(RELATIONAL, PaymentMechanism.OUTCOMES_BASED, "a-1", null)))
			.expectEvents(new PartnershipModelChosen(PARTNERSHIP, "d-1", RELATIONAL, PaymentMechanism.OUTCOMES_BASED,
					"a-1", RELATIONAL, Confidence.HIGH, false, null, List.of(), TRANSACTIONAL, T0))
			.expectResultMessagePayload(new ModelChoiceRecorded(3L, false))
			.expectState((partnership) -> assertThat(partnership.chosenModel()).isEqualTo(RELATIONAL));
	}

}
