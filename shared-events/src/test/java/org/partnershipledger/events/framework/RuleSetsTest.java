package org.partnershipledger.events.framework;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RuleSetsTest {

	@Test
	void currentRuleSetIsRc1() {
		assertThat(RuleSets.current()).isInstanceOf(RuleSetRc1.class);
		assertThat(RuleSets.current().version()).isEqualTo("RC-1");
	}

	@Test
	void findsARuleSetByItsVersionAndNothingForAnUnknownOne() {
		assertThat(RuleSets.byVersion("RC-1")).containsSame(RuleSets.current());
		assertThat(RuleSets.byVersion("RC-0")).isEmpty();
	}

	@Test
	void weightsSumToTwentySoTheIndexIsOnTheScoreScale() {
		assertThat(RuleSetRc1.weights()).hasSize(7);
		assertThat(RuleSetRc1.weight(Dimension.SPECIFIABILITY)).isEqualTo(4);
		assertThat(RuleSetRc1.minWeightedSum()).isEqualTo(20);
		assertThat(RuleSetRc1.maxWeightedSum()).isEqualTo(100);
	}

	@Test
	void everyDimensionHasAPhraseForAHighAndALowScore() {
		for (Dimension dimension : Dimension.values()) {
			assertThat(Rc1Phrases.high(dimension)).isNotBlank().isNotEqualTo(Rc1Phrases.low(dimension));
			assertThat(Rc1Phrases.low(dimension)).isNotBlank();
			assertThat(Rc1Phrases.label(dimension)).isNotBlank();
		}
	}

}
