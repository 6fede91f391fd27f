package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * The result of a rule set applied to an assessment. Computed once, when the assessment
 * is recorded, and stored in the event with the rule set's version: a replay never
 * recomputes it with a newer rule.
 *
 * @param model the recommended model
 * @param weightedSum S, from 20 to 100
 * @param index R = S / 20, with two decimals
 * @param confidence how confident the recommendation is
 * @param flags the flags raised, in the order the rule raises them
 * @param drivers the dimensions that pushed most towards the model
 * @param counterIndicators dimensions that point the other way
 * @param rationale the recommendation in plain words
 * @param ruleSetVersion the rule set that produced it, such as {@code RC-1}
 * @param counterfactual for alignment, what the rule gives if money changed hands
 */
public record Recommendation(PartnershipModel model, int weightedSum, BigDecimal index, Confidence confidence,
		List<RecommendationFlag> flags, List<Contribution> drivers, List<Contribution> counterIndicators,
		String rationale, String ruleSetVersion, Counterfactual counterfactual) {

	/**
	 * The index always has this many decimals, so that {@code 4.00} read back from a JSON
	 * tree (where it may come back as {@code 4}) still equals what was stored.
	 */
	public static final int INDEX_DECIMALS = 2;

	public Recommendation {
		index = (index != null) ? index.setScale(INDEX_DECIMALS, RoundingMode.HALF_UP) : null;
		flags = List.copyOf(flags);
		drivers = List.copyOf(drivers);
		counterIndicators = List.copyOf(counterIndicators);
	}

	public boolean hasFlag(RecommendationFlag flag) {
		return this.flags.contains(flag);
	}

}
