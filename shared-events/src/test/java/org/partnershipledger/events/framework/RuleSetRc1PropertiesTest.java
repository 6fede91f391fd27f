package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import static org.assertj.core.api.Assertions.assertThat;

/** What holds for every valid assessment, not only the worked examples. */
class RuleSetRc1PropertiesTest {

	private final RuleSet rc1 = new RuleSetRc1();

	@Property
	void weightedSumIsBetween20And100(@ForAll boolean money, @ForAll("scores") Map<Dimension, Integer> scores) {
		assertThat(this.rc1.recommend(money, scores).weightedSum()).isBetween(20, 100);
	}

	@Property
	void indexIsTheWeightedSumOverTwentyWithTwoDecimals(@ForAll boolean money,
			@ForAll("scores") Map<Dimension, Integer> scores) {
		Recommendation recommendation = this.rc1.recommend(money, scores);

		assertThat(recommendation.index().scale()).isEqualTo(2);
		assertThat(recommendation.index().multiply(BigDecimal.valueOf(20)))
			.isEqualByComparingTo(BigDecimal.valueOf(recommendation.weightedSum()));
	}

	@Property
	void transactionalOnlyBelowTheThresholdWhenMoneyChangesHands(@ForAll boolean money,
			@ForAll("scores") Map<Dimension, Integer> scores) {
		Recommendation recommendation = this.rc1.recommend(money, scores);

		if (recommendation.model() == PartnershipModel.TRANSACTIONAL_CONTRACT) {
			assertThat(money).isTrue();
			assertThat(recommendation.weightedSum()).isLessThan(50);
		}
	}

	@Property
	void raisingAnyOneScoreNeverLowersTheWeightedSum(@ForAll boolean money,
			@ForAll("scores") Map<Dimension, Integer> scores, @ForAll Dimension dimension) {
		Integer score = scores.get(dimension);
		Map<Dimension, Integer> raised = new java.util.EnumMap<>(scores);
		raised.put(dimension, (score == null) ? 4 : Math.min(score + 1, 5));

		assertThat(this.rc1.recommend(money, raised).weightedSum())
			.isGreaterThanOrEqualTo(this.rc1.recommend(money, scores).weightedSum());
	}

	@Property
	void gateFlagIsRaisedExactlyWhenNoMoneyChangesHands(@ForAll boolean money,
			@ForAll("scores") Map<Dimension, Integer> scores) {
		Recommendation recommendation = this.rc1.recommend(money, scores);

		assertThat(recommendation.hasFlag(RecommendationFlag.GATE_NO_MONEY)).isEqualTo(!money);
		assertThat(recommendation.model() == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT).isEqualTo(!money);
		assertThat(recommendation.counterfactual() != null).isEqualTo(!money);
	}

	@Property
	void driversAreAtMostThreeAndPushTowardsTheModel(@ForAll boolean money,
			@ForAll("scores") Map<Dimension, Integer> scores) {
		Recommendation recommendation = this.rc1.recommend(money, scores);
		int sign = (recommendation.model() == PartnershipModel.TRANSACTIONAL_CONTRACT) ? -1 : 1;

		assertThat(recommendation.drivers()).hasSizeLessThanOrEqualTo(3)
			.allSatisfy((driver) -> assertThat(Integer.signum(driver.value())).isEqualTo(sign));
		assertThat(recommendation.counterIndicators())
			.allSatisfy((counter) -> assertThat(counter.value() * sign).isLessThanOrEqualTo(-8));
	}

	@Provide
	Arbitrary<Map<Dimension, Integer>> scores() {
		Arbitrary<Integer> score = Arbitraries.integers().between(1, 5);
		Arbitrary<List<Integer>> known = score.list().ofSize(7);
		Arbitrary<List<Integer>> unknownPositions = Arbitraries.integers().between(0, 6).list().ofMaxSize(2);
		return Combinators.combine(known, unknownPositions).as((values, unknown) -> {
			Integer[] array = values.toArray(new Integer[0]);
			unknown.forEach((position) -> array[position] = null);
			return Scores.of(array);
		});
	}

}
