package org.partnershipledger.events.framework;

import java.util.Map;

/**
 * Rule set RC-1: this project's own design (GO Lab has published no scoring criteria),
 * built from the contracting literature. Weights and thresholds live here and nowhere
 * else.
 */
public final class RuleSetRc1 implements RuleSet {

	public static final String VERSION = "RC-1";

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public Recommendation recommend(boolean moneyChangesHands, Map<Dimension, Integer> scores) {
		throw new UnsupportedOperationException("being written");
	}

}
