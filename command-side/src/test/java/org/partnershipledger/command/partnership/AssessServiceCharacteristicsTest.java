package org.partnershipledger.command.partnership;

import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.PartnershipStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.T0;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.assessed;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.PartnershipTestData.scores;

class AssessServiceCharacteristicsTest {

	private static final Recommendation RELATIONAL = recommendation(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
			Confidence.HIGH);

	private static final Recommendation TRANSACTIONAL = recommendation(PartnershipModel.TRANSACTIONAL_CONTRACT,
			Confidence.HIGH);

	private AggregateTestFixture<Partnership> fixture;

	private StubRuleSet ruleSet;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
		this.ruleSet = new StubRuleSet();
		this.fixture.registerInjectableResource(this.ruleSet);
	}

	@Test
	void theFirstAssessmentStoresTheRecommendationAndMovesThePartnershipToAssessed() {
		this.ruleSet.answering(RELATIONAL);
		this.fixture.given(registered())
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-1", COMMISSIONER, assessRequest(4, 4, 4, 3, 5, 4, 5),
					T0))
			.expectEvents(assessed("a-1", RELATIONAL, 4, 4, 4, 3, 5, 4, 5))
			.expectResultMessagePayload(new AssessmentRecorded(1L, RELATIONAL))
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.ASSESSED));
	}

	@Test
	void theRuleSetIsAskedOnceWithTheScoresUnknownOnesIncluded() {
		this.ruleSet.answering(RELATIONAL);
		this.fixture.given(registered())
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-1", COMMISSIONER,
					assessRequest(3, 3, 3, 3, 3, null, 3), T0))
			.expectSuccessfulHandlerExecution();
		assertThat(this.ruleSet.calls()).hasSize(1);
		assertThat(this.ruleSet.calls().get(0)).containsEntry(Dimension.LOCK_IN, null)
			.containsEntry(Dimension.SPECIFIABILITY, 3);
	}

	@Test
	void aReassessmentRecordsThePreviousAssessmentTheChangedDimensionsAndTheChangeOfRecommendation() {
		this.ruleSet.answering(TRANSACTIONAL);
		ServiceCharacteristicsAssessed expected = new ServiceCharacteristicsAssessed(PARTNERSHIP, "a-2",
				AssessmentTrigger.INITIAL, true, true, scores(1, 2, 4, 3, 5, 4, 5), List.of(), TRANSACTIONAL, "a-1",
				List.of(Dimension.SPECIFIABILITY, Dimension.UNCERTAINTY), true, null, false, T0);
		this.fixture.given(registered(), assessed("a-1", RELATIONAL, 4, 4, 4, 3, 5, 4, 5))
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-2", COMMISSIONER, assessRequest(1, 2, 4, 3, 5, 4, 5),
					T0))
			.expectEvents(expected);
	}

	@Test
	void aReassessmentWithTheSameRecommendationSaysItDidNotChange() {
		this.ruleSet.answering(RELATIONAL);
		ServiceCharacteristicsAssessed expected = new ServiceCharacteristicsAssessed(PARTNERSHIP, "a-2",
				AssessmentTrigger.INITIAL, true, true, scores(4, 4, 4, 3, 5, 4, null), List.of(), RELATIONAL, "a-1",
				List.of(Dimension.DURATION_FREQUENCY), false, null, false, T0);
		this.fixture.given(registered(), assessed("a-1", RELATIONAL, 4, 4, 4, 3, 5, 4, 5))
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-2", COMMISSIONER,
					assessRequest(4, 4, 4, 3, 5, 4, null), T0))
			.expectEvents(expected);
	}

	@Test
	void aReassessmentAfterAChoiceSaysWhetherTheChosenModelNowDivergesFromTheRecommendation() {
		this.ruleSet.answering(TRANSACTIONAL);
		PartnershipModelChosen chosen = new PartnershipModelChosen(PARTNERSHIP, "d-1",
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED, "a-1",
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, Confidence.HIGH, false, null, List.of(), null, T0);
		ServiceCharacteristicsAssessed expected = new ServiceCharacteristicsAssessed(PARTNERSHIP, "a-2",
				AssessmentTrigger.INITIAL, true, true, scores(1, 1, 1, 1, 1, 1, 1), List.of(), TRANSACTIONAL, "a-1",
				List.of(Dimension.values()), true, PartnershipModel.FORMAL_RELATIONAL_CONTRACT, true, T0);
		this.fixture.given(registered(), assessed("a-1", RELATIONAL, 4, 4, 4, 3, 5, 4, 5), chosen)
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-2", COMMISSIONER, assessRequest(1, 1, 1, 1, 1, 1, 1),
					T0))
			.expectEvents(expected)
			.expectState((partnership) -> assertThat(partnership.status()).isEqualTo(PartnershipStatus.MODEL_CHOSEN));
	}

	@Test
	void aCoAssessorMustBeAPartyToThePartnership() {
		this.ruleSet.answering(RELATIONAL);
		AssessServiceCharacteristicsRequest request = new AssessServiceCharacteristicsRequest(AssessmentTrigger.INITIAL,
				true, true, scores(3, 3, 3, 3, 3, 3, 3), List.of("party-unknown"), null, null);
		this.fixture.given(registered(), charityJoined())
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-1", COMMISSIONER, request, T0))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "coAssessorPartyIds"))
			.expectNoEvents();
	}

	@Test
	void aProviderPartyMayBeNamedAsCoAssessor() {
		this.ruleSet.answering(RELATIONAL);
		AssessServiceCharacteristicsRequest request = new AssessServiceCharacteristicsRequest(AssessmentTrigger.INITIAL,
				true, true, scores(3, 3, 3, 3, 3, 3, 3), List.of(PartnershipTestData.CHARITY_PARTY), null, null);
		this.fixture.given(registered(), charityJoined())
			.when(new AssessServiceCharacteristics(PARTNERSHIP, "a-1", COMMISSIONER, request, T0))
			.expectSuccessfulHandlerExecution()
			.expectResultMessagePayload(new AssessmentRecorded(2L, RELATIONAL));
	}

}
