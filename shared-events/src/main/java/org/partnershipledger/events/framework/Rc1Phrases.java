package org.partnershipledger.events.framework;

import java.util.EnumMap;
import java.util.Map;

/**
 * The plain words rule set RC-1 uses for a dimension in a rationale: one phrase for a
 * score that pushes towards relational governance, one for a score that pushes towards a
 * transactional contract. Kept with the rule set, so that a later rule set can word
 * things differently without changing history.
 */
public final class Rc1Phrases {

	private static final Map<Dimension, String> HIGH = new EnumMap<>(Dimension.class);

	private static final Map<Dimension, String> LOW = new EnumMap<>(Dimension.class);

	private static final Map<Dimension, String> LABEL = new EnumMap<>(Dimension.class);

	static {
		LABEL.put(Dimension.SPECIFIABILITY, "specifiability");
		LABEL.put(Dimension.UNCERTAINTY, "uncertainty");
		LABEL.put(Dimension.LEARNING_NEED, "learning need");
		LABEL.put(Dimension.VERIFIABILITY_DIFFICULTY, "verifiability");
		LABEL.put(Dimension.INTERDEPENDENCE, "interdependence");
		LABEL.put(Dimension.LOCK_IN, "lock-in");
		LABEL.put(Dimension.DURATION_FREQUENCY, "relationship length");
		phrase(Dimension.SPECIFIABILITY, "what is delivered and how cannot be specified in advance",
				"what is delivered can be specified in advance in measurable terms");
		phrase(Dimension.UNCERTAINTY, "needs or conditions are likely to change materially during the term",
				"needs are likely to stay stable over the term");
		phrase(Dimension.LEARNING_NEED, "the service needs continuous test-and-learn",
				"a proven standard method exists");
		phrase(Dimension.VERIFIABILITY_DIFFICULTY, "quality is hard to observe or verify through metrics",
				"quality is cheap to verify through metrics");
		phrase(Dimension.INTERDEPENDENCE, "many interdependent organisations must coordinate",
				"a single self-contained supplier can deliver it");
		phrase(Dimension.LOCK_IN, "switching provider mid-term would be costly",
				"switching provider mid-term would be easy");
		phrase(Dimension.DURATION_FREQUENCY, "the relationship is long-term with continuous joint working",
				"the relationship is short or one-off");
	}

	private Rc1Phrases() {
	}

	private static void phrase(Dimension dimension, String high, String low) {
		HIGH.put(dimension, high);
		LOW.put(dimension, low);
	}

	/** The dimension's short name in plain words, such as "learning need". */
	public static String label(Dimension dimension) {
		return LABEL.get(dimension);
	}

	/** The phrase for a high score: this dimension needs relational governance. */
	public static String high(Dimension dimension) {
		return HIGH.get(dimension);
	}

	/** The phrase for a low score: this dimension suits a transactional contract. */
	public static String low(Dimension dimension) {
		return LOW.get(dimension);
	}

	/** The phrase for a contribution, by its sign. */
	public static String of(Contribution contribution) {
		return (contribution.value() > 0) ? high(contribution.dimension()) : low(contribution.dimension());
	}

}
