package org.partnershipledger.query.web;

import java.util.List;

import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.RuleSetRc1;

/**
 * Rule set RC-1's numbers as pages show them, read from the rule set itself so that the
 * explanation and the rule cannot drift apart.
 */
public final class Rc1Numbers {

	public String getVersion() {
		return RuleSetRc1.VERSION;
	}

	public int getMinimumJustificationLength() {
		return RuleSetRc1.MIN_JUSTIFICATION_LENGTH;
	}

	public int getMinScore() {
		return RuleSetRc1.MIN_SCORE;
	}

	public int getMaxScore() {
		return RuleSetRc1.MAX_SCORE;
	}

	public int getImputedScore() {
		return RuleSetRc1.IMPUTED_SCORE;
	}

	public int getMaxUnknownScores() {
		return RuleSetRc1.MAX_UNKNOWN_SCORES;
	}

	public int getThreshold() {
		return RuleSetRc1.THRESHOLD;
	}

	public int getIndexDivisor() {
		return RuleSetRc1.INDEX_DIVISOR;
	}

	/** The decimals the rule gives the index, read from the rule's own result. */
	public int getIndexDecimals() {
		return RuleSetRc1.index(RuleSetRc1.THRESHOLD).scale();
	}

	public int getHighConfidenceMargin() {
		return RuleSetRc1.HIGH_CONFIDENCE_MARGIN;
	}

	public int getMediumConfidenceMargin() {
		return RuleSetRc1.MEDIUM_CONFIDENCE_MARGIN;
	}

	public int getBorderlineMargin() {
		return RuleSetRc1.BORDERLINE_MARGIN;
	}

	public int getOverrideMinScore() {
		return RuleSetRc1.OVERRIDE_MIN_SCORE;
	}

	public int getMixedProfileSpread() {
		return RuleSetRc1.MIXED_PROFILE_SPREAD;
	}

	public int getContributionCentre() {
		return RuleSetRc1.CONTRIBUTION_CENTRE;
	}

	public int getMaxDrivers() {
		return RuleSetRc1.MAX_DRIVERS;
	}

	public int getCounterIndicatorMin() {
		return RuleSetRc1.COUNTER_INDICATOR_MIN;
	}

	public Confidence getOverrideConfidenceCap() {
		return RuleSetRc1.OVERRIDE_CONFIDENCE_CAP;
	}

	public int getMinWeightedSum() {
		return RuleSetRc1.minWeightedSum();
	}

	public int getMaxWeightedSum() {
		return RuleSetRc1.maxWeightedSum();
	}

	public int weightOf(Dimension dimension) {
		return RuleSetRc1.weight(dimension);
	}

	/** S written out, such as "4×D1 + 3×D2 + ... + 2×D7". */
	public String getFormula() {
		return String.join(" + ", weights().stream().map((row) -> row.weight() + " × " + row.code()).toList());
	}

	public List<Weight> weights() {
		return java.util.Arrays.stream(Dimension.values())
			.map((dimension) -> new Weight(dimension.code(), dimension, RuleSetRc1.weight(dimension)))
			.toList();
	}

	/** One dimension with its weight. */
	public record Weight(String code, Dimension dimension, int weight) {

	}

}
