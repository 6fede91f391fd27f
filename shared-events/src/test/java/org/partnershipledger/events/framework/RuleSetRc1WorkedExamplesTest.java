package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.events.framework.Confidence.HIGH;
import static org.partnershipledger.events.framework.Confidence.LOW;
import static org.partnershipledger.events.framework.Confidence.MEDIUM;
import static org.partnershipledger.events.framework.PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
import static org.partnershipledger.events.framework.PartnershipModel.FORMAL_RELATIONAL_CONTRACT;
import static org.partnershipledger.events.framework.PartnershipModel.TRANSACTIONAL_CONTRACT;
import static org.partnershipledger.events.framework.RecommendationFlag.BORDERLINE;
import static org.partnershipledger.events.framework.RecommendationFlag.GATE_NO_MONEY;
import static org.partnershipledger.events.framework.RecommendationFlag.IMPUTED_DIMENSIONS;
import static org.partnershipledger.events.framework.RecommendationFlag.MIXED_PROFILE;
import static org.partnershipledger.events.framework.RecommendationFlag.OVERRIDE_INCOMPLETENESS_FLOOR;

/** The worked examples and boundary vectors of DOMAIN §2.4 are acceptance tests. */
class RuleSetRc1WorkedExamplesTest {

	private final RuleSet rc1 = new RuleSetRc1();

	@ParameterizedTest(name = "{0}: money {1}, scores {2} -> S {3}, {4}, {5}, flags [{6}]")
	@CsvSource(delimiter = '|',
			textBlock = """
					school meals          | true  | 1,2,1,2,1,2,3 | 32  | TRANSACTIONAL_CONTRACT     | HIGH   |
					homelessness          | true  | 4,4,4,3,5,4,5 | 82  | FORMAL_RELATIONAL_CONTRACT | HIGH   |
					care alliance         | false | 5,4,4,4,5,3,5 | 87  | ALIGNMENT_WITHOUT_CONTRACT | HIGH   | GATE_NO_MONEY
					home care             | true  | 2,3,2,4,2,3,4 | 55  | FORMAL_RELATIONAL_CONTRACT | LOW    | BORDERLINE
					agile digital service | true  | 4,3,5,3,3,3,3 | 70  | FORMAL_RELATIONAL_CONTRACT | HIGH   |
					emergency food        | true  | 4,5,1,1,1,1,1 | 44  | FORMAL_RELATIONAL_CONTRACT | LOW    | BORDERLINE OVERRIDE_INCOMPLETENESS_FLOOR MIXED_PROFILE
					all 1s                | true  | 1,1,1,1,1,1,1 | 20  | TRANSACTIONAL_CONTRACT     | HIGH   |
					all 5s                | true  | 5,5,5,5,5,5,5 | 100 | FORMAL_RELATIONAL_CONTRACT | HIGH   |
					all 3s                | true  | 3,3,3,3,3,3,3 | 60  | FORMAL_RELATIONAL_CONTRACT | MEDIUM |
					margin 14             | true  | 1,2,2,2,2,2,2 | 36  | TRANSACTIONAL_CONTRACT     | HIGH   |
					margin 7              | true  | 2,2,2,2,3,2,2 | 43  | TRANSACTIONAL_CONTRACT     | MEDIUM |
					tie                   | true  | 2,3,3,2,2,3,3 | 50  | FORMAL_RELATIONAL_CONTRACT | LOW    | BORDERLINE
					just below            | true  | 2,3,3,2,1,4,3 | 49  | TRANSACTIONAL_CONTRACT     | LOW    | BORDERLINE MIXED_PROFILE
					override              | true  | 4,4,1,1,1,1,1 | 41  | FORMAL_RELATIONAL_CONTRACT | LOW    | OVERRIDE_INCOMPLETENESS_FLOOR MIXED_PROFILE
					one unknown           | true  | 3,3,3,3,3,-,3 | 60  | FORMAL_RELATIONAL_CONTRACT | LOW    | IMPUTED_DIMENSIONS
					""")
	void recommendsAsTheWorkedExampleSays(String service, boolean money, String scores, int sum, PartnershipModel model,
			Confidence confidence, String flags) {
		Recommendation recommendation = this.rc1.recommend(money, Scores.parse(scores));

		assertThat(recommendation.weightedSum()).isEqualTo(sum);
		assertThat(recommendation.model()).isEqualTo(model);
		assertThat(recommendation.confidence()).isEqualTo(confidence);
		assertThat(recommendation.flags()).containsExactlyElementsOf(flags(flags));
		assertThat(recommendation.index()).isEqualTo(new BigDecimal(sum).divide(new BigDecimal("20")).setScale(2));
		assertThat(recommendation.ruleSetVersion()).isEqualTo("RC-1");
	}

	@Test
	void schoolMealsToASetMenuGetATransactionalContractWithHighConfidence() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(1, 2, 1, 2, 1, 2, 3));

		assertThat(recommendation.weightedSum()).isEqualTo(32);
		assertThat(recommendation.index()).isEqualTo(new BigDecimal("1.60"));
		assertThat(recommendation.model()).isEqualTo(TRANSACTIONAL_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(HIGH);
		assertThat(recommendation.flags()).isEmpty();
		assertThat(recommendation.counterfactual()).isNull();
	}

	@Test
	void homelessnessOutcomesPartnershipGetsAFormalRelationalContractWithHighConfidence() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 4, 4, 3, 5, 4, 5));

		assertThat(recommendation.weightedSum()).isEqualTo(82);
		assertThat(recommendation.index()).isEqualTo(new BigDecimal("4.10"));
		assertThat(recommendation.model()).isEqualTo(FORMAL_RELATIONAL_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(HIGH);
		assertThat(recommendation.flags()).isEmpty();
	}

	@Test
	void careAllianceWithNoPaymentsGetsAlignmentAndReportsWhatMoneyWouldChange() {
		Recommendation recommendation = this.rc1.recommend(false, Scores.of(5, 4, 4, 4, 5, 3, 5));

		assertThat(recommendation.weightedSum()).isEqualTo(87);
		assertThat(recommendation.index()).isEqualTo(new BigDecimal("4.35"));
		assertThat(recommendation.model()).isEqualTo(ALIGNMENT_WITHOUT_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(HIGH);
		assertThat(recommendation.flags()).containsExactly(GATE_NO_MONEY);
		assertThat(recommendation.counterfactual()).isEqualTo(new Counterfactual(FORMAL_RELATIONAL_CONTRACT, HIGH));
	}

	@Test
	void homeCareAtHourlyRatesIsABorderlineFormalRelationalContract() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(2, 3, 2, 4, 2, 3, 4));

		assertThat(recommendation.weightedSum()).isEqualTo(55);
		assertThat(recommendation.model()).isEqualTo(FORMAL_RELATIONAL_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(LOW);
		assertThat(recommendation.flags()).containsExactly(BORDERLINE);
	}

	@Test
	void agileDigitalServiceGetsAFormalRelationalContractWithHighConfidence() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 3, 5, 3, 3, 3, 3));

		assertThat(recommendation.weightedSum()).isEqualTo(70);
		assertThat(recommendation.index()).isEqualTo(new BigDecimal("3.50"));
		assertThat(recommendation.model()).isEqualTo(FORMAL_RELATIONAL_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(HIGH);
		assertThat(recommendation.flags()).isEmpty();
	}

	@Test
	void emergencyFoodIsOverriddenToRelationalBecauseItCannotBeSpecifiedAndChangesDaily() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 5, 1, 1, 1, 1, 1));

		assertThat(recommendation.weightedSum()).isEqualTo(44);
		assertThat(recommendation.model()).isEqualTo(FORMAL_RELATIONAL_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(LOW);
		assertThat(recommendation.flags()).containsExactlyInAnyOrder(BORDERLINE, MIXED_PROFILE,
				OVERRIDE_INCOMPLETENESS_FLOOR);
	}

	@Test
	void flagsComeInTheOrderTheRuleRaisesThem() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 5, 1, 1, 1, null, 1));

		assertThat(recommendation.flags()).containsExactly(BORDERLINE, OVERRIDE_INCOMPLETENESS_FLOOR, MIXED_PROFILE,
				IMPUTED_DIMENSIONS);
	}

	@Test
	void overriddenRecommendationsAreNeverConfidentBecauseTheyAreAlwaysMixedOrBorderline() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(4, 4, 1, 1, 1, 1, 2));

		assertThat(recommendation.weightedSum()).isEqualTo(43);
		assertThat(recommendation.model()).isEqualTo(FORMAL_RELATIONAL_CONTRACT);
		assertThat(recommendation.flags()).containsExactly(OVERRIDE_INCOMPLETENESS_FLOOR, MIXED_PROFILE);
		assertThat(recommendation.confidence()).isEqualTo(LOW);
	}

	@Test
	void unknownScoresCountAsThreeInTheMixedProfileSpread() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(5, 5, 5, 5, 5, null, null));

		assertThat(recommendation.weightedSum()).isEqualTo(92);
		assertThat(recommendation.flags()).containsExactly(IMPUTED_DIMENSIONS);
		assertThat(recommendation.confidence()).isEqualTo(MEDIUM);
	}

	@Test
	void mixedAndImputedTogetherLowerConfidenceTwoSteps() {
		Recommendation recommendation = this.rc1.recommend(true, Scores.of(5, 5, 5, 5, 5, 2, null));

		assertThat(recommendation.weightedSum()).isEqualTo(90);
		assertThat(recommendation.flags()).containsExactly(MIXED_PROFILE, IMPUTED_DIMENSIONS);
		assertThat(recommendation.confidence()).isEqualTo(LOW);
	}

	@Test
	void alignmentBelowTheThresholdHasMediumConfidence() {
		Recommendation recommendation = this.rc1.recommend(false, Scores.of(1, 1, 1, 1, 1, 1, 1));

		assertThat(recommendation.model()).isEqualTo(ALIGNMENT_WITHOUT_CONTRACT);
		assertThat(recommendation.confidence()).isEqualTo(MEDIUM);
		assertThat(recommendation.counterfactual()).isEqualTo(new Counterfactual(TRANSACTIONAL_CONTRACT, HIGH));
	}

	@Test
	void alignmentCounterfactualCarriesTheOverrideAndFlagsOfTheMoneyPath() {
		Recommendation recommendation = this.rc1.recommend(false, Scores.of(4, 4, 1, 1, 1, 1, 1));

		assertThat(recommendation.model()).isEqualTo(ALIGNMENT_WITHOUT_CONTRACT);
		assertThat(recommendation.flags()).containsExactly(GATE_NO_MONEY, MIXED_PROFILE);
		assertThat(recommendation.confidence()).isEqualTo(LOW);
		assertThat(recommendation.counterfactual()).isEqualTo(new Counterfactual(FORMAL_RELATIONAL_CONTRACT, LOW));
	}

	private static List<RecommendationFlag> flags(String flags) {
		if (flags == null || flags.isBlank()) {
			return List.of();
		}
		return Arrays.stream(flags.strip().split("\\s+")).map(RecommendationFlag::valueOf).toList();
	}

}
