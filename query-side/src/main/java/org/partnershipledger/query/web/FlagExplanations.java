package org.partnershipledger.query.web;

import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.framework.RuleSetRc1;

/**
 * What each flag of rule set RC-1 means, in plain words, with the rule's own numbers so
 * the page and the rule cannot disagree.
 */
public final class FlagExplanations {

	private FlagExplanations() {
	}

	public static String explain(RecommendationFlag flag) {
		return switch (flag) {
			case GATE_NO_MONEY -> "No party will be paid by another for delivering the service, so the rule"
					+ " recommends alignment without a contract whatever the scores. The scores are still recorded,"
					+ " and the page says what the rule would recommend if money changed hands.";
			case BORDERLINE -> "The weighted sum is within " + RuleSetRc1.BORDERLINE_MARGIN + " points of the"
					+ " threshold of " + RuleSetRc1.THRESHOLD + ": a small change to one score could change the"
					+ " recommendation. Reassess within 6 months.";
			case OVERRIDE_INCOMPLETENESS_FLOOR -> "Specifiability and uncertainty both scored "
					+ RuleSetRc1.OVERRIDE_MIN_SCORE + " or more, so a tightly specified contract would be too"
					+ " incomplete. The rule recommends a formal-relational contract although the weighted sum is"
					+ " below the threshold, and confidence is at most "
					+ Labels.of(RuleSetRc1.OVERRIDE_CONFIDENCE_CAP).toLowerCase(java.util.Locale.ROOT) + ".";
			case MIXED_PROFILE -> "The highest and lowest scores differ by " + RuleSetRc1.MIXED_PROFILE_SPREAD
					+ " or more: parts of the service may suit different models. Consider splitting it into lots."
					+ " Confidence is one step lower.";
			case IMPUTED_DIMENSIONS -> "At least one score is unknown and counted as " + RuleSetRc1.IMPUTED_SCORE
					+ ". Confidence is one step lower. Find the evidence and reassess within 6 months.";
		};
	}

}
