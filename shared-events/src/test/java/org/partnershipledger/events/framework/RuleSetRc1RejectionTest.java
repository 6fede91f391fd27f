package org.partnershipledger.events.framework;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Input the rule cannot score is rejected with a message that says what is wrong. */
class RuleSetRc1RejectionTest {

	private final RuleSet rc1 = new RuleSetRc1();

	@Test
	void rejectsThreeUnknownScores() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.rc1.recommend(true, Scores.of(3, 3, 3, 3, null, null, null)))
			.withMessageContaining("At most 2 scores may be unknown; 3 are");
	}

	@Test
	void rejectsAScoreOfZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.rc1.recommend(true, Scores.of(0, 3, 3, 3, 3, 3, 3)))
			.withMessageContaining("D1 SPECIFIABILITY is 0; it must be from 1 to 5");
	}

	@Test
	void rejectsAScoreOfSix() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.rc1.recommend(false, Scores.of(3, 3, 3, 3, 3, 3, 6)))
			.withMessageContaining("D7 DURATION_FREQUENCY is 6");
	}

	@Test
	void rejectsAMissingDimension() {
		Map<Dimension, Integer> scores = Scores.of(3, 3, 3, 3, 3, 3, 3);
		scores.remove(Dimension.LOCK_IN);

		assertThatIllegalArgumentException().isThrownBy(() -> this.rc1.recommend(true, scores))
			.withMessageContaining("D6 LOCK_IN is missing");
	}

	@Test
	void rejectsNoScoresAtAll() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.rc1.recommend(true, null))
			.withMessageContaining("seven dimensions");
	}

}
