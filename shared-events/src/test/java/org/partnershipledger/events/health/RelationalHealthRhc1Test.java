package org.partnershipledger.events.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.partnershipledger.events.health.Ratings.all;
import static org.partnershipledger.events.health.Ratings.party;
import static org.partnershipledger.events.health.Ratings.respondent;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Rule RHC-1 on vectors computed by hand: each RAG band and its boundaries, each flag at
 * exactly its threshold and just short of it, and the parties weighing the same.
 */
class RelationalHealthRhc1Test {

	private static final BigDecimal NO_PREVIOUS = null;

	private static RelationalHealthResult score(BigDecimal previous, PartyRatings... parties) {
		return RelationalHealthRhc1.score(List.of(parties), previous);
	}

	private static BigDecimal decimal(String value) {
		return new BigDecimal(value);
	}

	@Test
	void anOverallOfExactlyFourIsGreenWithNoFlags() {
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", all(4)), party("b", all(4)));

		assertThat(result.overall()).isEqualByComparingTo("4.00");
		assertThat(result.rag()).isEqualTo(Rag.GREEN);
		assertThat(result.flags()).isEmpty();
		assertThat(result.ruleVersion()).isEqualTo("RHC-1");
	}

	@Test
	void anOverallJustBelowFourIsAmber() {
		// 4+4+4+4+4+4+4+3 = 31 / 8 = 3.875 -> 3.88
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", respondent(4, 4, 4, 4, 4, 4, 4, 3)));

		assertThat(result.overall()).isEqualByComparingTo("3.88");
		assertThat(result.rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void theRagIsJudgedOnTheRoundedMean() {
		// 200 ratings of which one is 3 and the rest 4: 799 / 200 = 3.995 -> 4.00
		Map<HealthItem, Integer> oneThree = respondent(3, 4, 4, 4, 4, 4, 4, 4);
		List<Map<HealthItem, Integer>> respondents = new ArrayList<>(List.of(oneThree));
		for (int i = 0; i < 24; i++) {
			respondents.add(all(4));
		}

		RelationalHealthResult result = RelationalHealthRhc1.score(List.of(new PartyRatings("a", respondents)), null);

		assertThat(result.overall()).isEqualByComparingTo("4.00");
		assertThat(result.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void anOverallOfExactlyThreeIsAmber() {
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", all(3)));

		assertThat(result.overall()).isEqualByComparingTo("3.00");
		assertThat(result.rag()).isEqualTo(Rag.AMBER);
		assertThat(result.flags()).isEmpty();
	}

	@Test
	void anOverallJustBelowThreeIsRed() {
		// 3*7 + 2 = 23 / 8 = 2.875 -> 2.88
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", respondent(3, 3, 3, 3, 3, 3, 3, 2)));

		assertThat(result.overall()).isEqualByComparingTo("2.88");
		assertThat(result.rag()).isEqualTo(Rag.RED);
	}

	@Test
	void eachPartyWeighsTheSameWhateverItsNumberOfRespondents() {
		// a: one respondent, mean 5; b: three respondents, mean 1. Per party: (5 + 1) / 2
		// = 3,
		// not the pooled (5 + 3) / 4 = 2.
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", all(5)), party("b", all(1), all(1), all(1)));

		assertThat(result.parties()).extracting(PartyHealth::mean)
			.usingComparatorForType(BigDecimal::compareTo, BigDecimal.class)
			.containsExactly(decimal("5"), decimal("1"));
		assertThat(result.parties().get(1).respondents()).isEqualTo(3);
		assertThat(result.overall()).isEqualByComparingTo("3.00");
		assertThat(result.rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void itemMeansAreThePartysMeanPerItemRoundedToTwoDecimals() {
		// trust: (4 + 5 + 5) / 3 = 4.666... -> 4.67; learning: (1 + 1 + 2) / 3 = 1.333...
		// -> 1.33
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", respondent(4, 3, 3, 3, 3, 3, 3, 1),
				respondent(5, 3, 3, 3, 3, 3, 3, 1), respondent(5, 3, 3, 3, 3, 3, 3, 2)));

		PartyHealth a = result.parties().get(0);
		assertThat(a.itemMeans().get(HealthItem.TRUST)).isEqualByComparingTo("4.67");
		assertThat(a.itemMeans().get(HealthItem.LEARNING)).isEqualByComparingTo("1.33");
		// (14 + 54 + 4) / 24 = 72 / 24 = 3
		assertThat(a.mean()).isEqualByComparingTo("3.00");
	}

	@Test
	void anItemMeanOfExactlyTwoIsLowForThatPartyOnly() {
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", respondent(2, 4, 4, 4, 4, 4, 4, 4)),
				party("b", respondent(3, 4, 4, 4, 4, 4, 4, 4)));

		assertThat(result.flags())
			.containsExactly(new HealthFlag(HealthFlagKind.LOW_ITEM, HealthItem.TRUST, List.of("a")));
	}

	@Test
	void anItemMeanJustAboveTwoIsNotLow() {
		// (2 + 3) / 2 = 2.5
		RelationalHealthResult result = score(NO_PREVIOUS,
				party("a", respondent(2, 4, 4, 4, 4, 4, 4, 4), respondent(3, 4, 4, 4, 4, 4, 4, 4)));

		assertThat(result.has(HealthFlagKind.LOW_ITEM)).isFalse();
	}

	@Test
	void aLowItemNamesEveryPartyAtOrBelowTheMark() {
		RelationalHealthResult result = score(NO_PREVIOUS, party("a", respondent(4, 4, 4, 4, 4, 4, 4, 1)),
				party("b", respondent(4, 4, 4, 4, 4, 4, 4, 2)), party("c", respondent(4, 4, 4, 4, 4, 4, 4, 3)));

		assertThat(result.flags()).containsExactly(
				new HealthFlag(HealthFlagKind.LOW_ITEM, HealthItem.LEARNING, List.of("a", "b")),
				new HealthFlag(HealthFlagKind.PERCEPTION_GAP, HealthItem.LEARNING, List.of("c", "a")));
	}

	@Test
	void aGapOfExactlyOneAndAHalfIsAPerceptionGapNamingTheHighestAndLowestParty() {
		// transparency: a (4 + 5) / 2 = 4.5, b 3, c 4: gap between a and b is 1.5
		RelationalHealthResult result = score(NO_PREVIOUS,
				party("a", respondent(4, 4, 4, 4, 4, 4, 4, 4), respondent(4, 5, 4, 4, 4, 4, 4, 4)),
				party("b", respondent(4, 3, 4, 4, 4, 4, 4, 4)), party("c", respondent(4, 4, 4, 4, 4, 4, 4, 4)));

		assertThat(result.flags())
			.containsExactly(new HealthFlag(HealthFlagKind.PERCEPTION_GAP, HealthItem.TRANSPARENCY, List.of("a", "b")));
	}

	@Test
	void aGapJustShortOfOneAndAHalfIsNoPerceptionGap() {
		// trust: a (4 + 4 + 5) / 3 = 4.33, b 3: gap 1.33
		RelationalHealthResult result = score(NO_PREVIOUS,
				party("a", all(4), all(4), respondent(5, 4, 4, 4, 4, 4, 4, 4)),
				party("b", respondent(3, 4, 4, 4, 4, 4, 4, 4)));

		assertThat(result.has(HealthFlagKind.PERCEPTION_GAP)).isFalse();
	}

	@Test
	void aFallOfExactlyHalfAPointSinceThePreviousCheckIsDeclining() {
		RelationalHealthResult result = score(decimal("4.50"), party("a", all(4)));

		assertThat(result.flags()).containsExactly(new HealthFlag(HealthFlagKind.DECLINING, null, List.of()));
		assertThat(result.previousOverall()).isEqualByComparingTo("4.50");
		assertThat(result.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void aFallJustShortOfHalfAPointOrARiseIsNotDeclining() {
		assertThat(score(decimal("4.49"), party("a", all(4))).has(HealthFlagKind.DECLINING)).isFalse();
		assertThat(score(decimal("3.00"), party("a", all(4))).has(HealthFlagKind.DECLINING)).isFalse();
	}

	@Test
	void aFirstCheckCannotBeDeclining() {
		assertThat(score(NO_PREVIOUS, party("a", all(1))).has(HealthFlagKind.DECLINING)).isFalse();
	}

	@Test
	void everyFlagAtOnceOnAPartnershipInTrouble() {
		// a: all 5 (mean 5); b: all 1 (mean 1): overall 3.00, previous 3.50
		RelationalHealthResult result = score(decimal("3.50"), party("a", all(5)), party("b", all(1)));

		assertThat(result.flags()).filteredOn((flag) -> flag.kind() == HealthFlagKind.LOW_ITEM)
			.hasSize(8)
			.allSatisfy((flag) -> assertThat(flag.partyIds()).containsExactly("b"));
		assertThat(result.flags()).filteredOn((flag) -> flag.kind() == HealthFlagKind.PERCEPTION_GAP)
			.hasSize(8)
			.allSatisfy((flag) -> assertThat(flag.partyIds()).containsExactly("a", "b"));
		assertThat(result.flags()).last().isEqualTo(new HealthFlag(HealthFlagKind.DECLINING, null, List.of()));
	}

	@Test
	void ratingsOutsideOneToFiveOrMissingItemsAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> score(NO_PREVIOUS, party("a", all(6))));
		assertThatIllegalArgumentException().isThrownBy(() -> score(NO_PREVIOUS, party("a", all(0))));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> score(NO_PREVIOUS, party("a", Map.of(HealthItem.TRUST, 3))));
		assertThatIllegalArgumentException().isThrownBy(() -> score(NO_PREVIOUS, new PartyRatings("a", List.of())));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> score(NO_PREVIOUS, party("a", all(3)), party("a", all(3))));
		assertThatIllegalArgumentException().isThrownBy(() -> RelationalHealthRhc1.score(List.of(), null));
	}

}
