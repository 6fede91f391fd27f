package org.partnershipledger.events.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.events.framework.Dimension.DURATION_FREQUENCY;
import static org.partnershipledger.events.framework.Dimension.INTERDEPENDENCE;
import static org.partnershipledger.events.framework.Dimension.LEARNING_NEED;
import static org.partnershipledger.events.framework.Dimension.SPECIFIABILITY;
import static org.partnershipledger.events.framework.Dimension.UNCERTAINTY;
import static org.partnershipledger.events.framework.Dimension.VERIFIABILITY_DIFFICULTY;

/** Drivers, counter-indicators and the rationale, hand-computed from c = w * (2s - 5). */
class RuleSetRc1RationaleTest {

	private final RuleSet rc1 = new RuleSetRc1();

	@Test
	void transactionalDriversAreTheThreeMostNegativeContributions() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(1, 2, 1, 2, 1, 2, 3));

		assertThat(recommendation.drivers()).containsExactly(new Contribution(SPECIFIABILITY, -12),
				new Contribution(LEARNING_NEED, -9), new Contribution(INTERDEPENDENCE, -9));
		assertThat(recommendation.counterIndicators()).isEmpty();
	}

	@Test
	void relationalDriversAreTheThreeLargestPositiveContributions() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 4, 4, 3, 5, 4, 5));

		assertThat(recommendation.drivers()).containsExactly(new Contribution(INTERDEPENDENCE, 15),
				new Contribution(SPECIFIABILITY, 12), new Contribution(DURATION_FREQUENCY, 10));
	}

	@Test
	void tiedDriversGoInDimensionOrderAndStrongOppositeContributionsAreCounterIndicators() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(1, 1, 1, 1, 1, 1, 5));

		assertThat(recommendation.model()).isEqualTo(PartnershipModel.TRANSACTIONAL_CONTRACT);
		assertThat(recommendation.drivers()).containsExactly(new Contribution(SPECIFIABILITY, -12),
				new Contribution(UNCERTAINTY, -9), new Contribution(LEARNING_NEED, -9));
		assertThat(recommendation.counterIndicators()).containsExactly(new Contribution(DURATION_FREQUENCY, 10));
	}

	@Test
	void overriddenRecommendationHasOnlyTheIncompletenessDriversAndThreeCounterIndicators() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 5, 1, 1, 1, 1, 1));

		assertThat(recommendation.drivers()).containsExactly(new Contribution(UNCERTAINTY, 15),
				new Contribution(SPECIFIABILITY, 12));
		assertThat(recommendation.counterIndicators()).containsExactly(new Contribution(LEARNING_NEED, -9),
				new Contribution(VERIFIABILITY_DIFFICULTY, -9), new Contribution(INTERDEPENDENCE, -9));
	}

	@Test
	void smallOppositeContributionsAreNotCounterIndicators() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(2, 3, 2, 4, 2, 3, 4));

		assertThat(recommendation.drivers()).containsExactly(new Contribution(VERIFIABILITY_DIFFICULTY, 9),
				new Contribution(DURATION_FREQUENCY, 6), new Contribution(UNCERTAINTY, 3));
		assertThat(recommendation.counterIndicators()).isEmpty();
	}

	@Test
	void alignmentHasNoCounterIndicators() {
		Recommendation recommendation = this.rc1.recommend(false, Scores.of(4, 5, 1, 1, 1, 1, 1));

		assertThat(recommendation.drivers()).containsExactly(new Contribution(UNCERTAINTY, 15),
				new Contribution(SPECIFIABILITY, 12));
		assertThat(recommendation.counterIndicators()).isEmpty();
	}

	@Test
	void schoolMealsRationaleNamesWhatMakesItProductLike() {
		assertThat(this.rc1.recommend(true, Scores.of(1, 2, 1, 2, 1, 2, 3)).rationale())
			.isEqualTo("Recommended tightly specified transactional contract (index 1.60/5, confidence high) because "
					+ "what is delivered can be specified in advance in measurable terms, a proven standard method "
					+ "exists and a single self-contained supplier can deliver it.");
	}

	@Test
	void emergencyFoodRationaleExplainsCounterIndicatorsBorderlineMixedProfileAndOverride() {
		assertThat(this.rc1.recommend(true, Scores.of(4, 5, 1, 1, 1, 1, 1)).rationale())
			.isEqualTo("Recommended formal-relational contract (index 2.20/5, confidence low) because needs or "
					+ "conditions are likely to change materially during the term and what is delivered and how "
					+ "cannot be specified in advance. Note: learning need (a proven standard method exists), "
					+ "verifiability (quality is cheap to verify through metrics) and interdependence (a single "
					+ "self-contained supplier can deliver it) point the other way. Borderline: S = 44 is within 6 "
					+ "of the threshold of 50, so a small change in one score could change the model; reassess "
					+ "within six months. Mixed profile: scores range from 1 to 5; consider splitting the service "
					+ "into lots that suit different models. Override: specifiability and uncertainty both score 4 "
					+ "or more, which leaves a tightly specified contract too incomplete, so a formal-relational "
					+ "contract is recommended although S = 44 is below 50.");
	}

	@Test
	void careAllianceRationaleGivesTheGateAndTheCounterfactual() {
		assertThat(this.rc1.recommend(false, Scores.of(5, 4, 4, 4, 5, 3, 5)).rationale())
			.isEqualTo("Recommended alignment without a contract (index 4.35/5, confidence high) because no money "
					+ "changes hands between the parties, and because what is delivered and how cannot be specified "
					+ "in advance, many interdependent organisations must coordinate and the relationship is "
					+ "long-term with continuous joint working. If money changed hands: formal-relational contract, "
					+ "confidence high.");
	}

	@Test
	void singleCounterIndicatorPointsTheOtherWay() {
		assertThat(this.rc1.recommend(true, Scores.of(1, 1, 1, 1, 1, 1, 5)).rationale())
			.isEqualTo("Recommended tightly specified transactional contract (index 1.40/5, confidence medium) "
					+ "because what is delivered can be specified in advance in measurable terms, needs are likely "
					+ "to stay stable over the term and a proven standard method exists. Note: relationship length "
					+ "(the relationship is long-term with continuous joint working) points the other way. Mixed "
					+ "profile: scores range from 1 to 5; consider splitting the service into lots that suit "
					+ "different models.");
	}

	@Test
	void imputedRationaleNamesTheUnknownDimensions() {
		assertThat(this.rc1.recommend(true, Scores.of(3, 3, 3, 3, 3, null, 3)).rationale())
			.isEqualTo("Recommended formal-relational contract (index 3.00/5, confidence low) because what is "
					+ "delivered and how cannot be specified in advance, needs or conditions are likely to change "
					+ "materially during the term and the service needs continuous test-and-learn. Imputed: 1 "
					+ "unknown score counted as 3 (D6 lock-in).");
	}

}
