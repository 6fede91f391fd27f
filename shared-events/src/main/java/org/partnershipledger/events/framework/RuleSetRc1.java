package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershipledger.events.relational.AdaptationCategory;

/**
 * Rule set RC-1: this project's own design (GO Lab has published no scoring criteria),
 * built from the contracting literature. Weights and thresholds live here and nowhere
 * else; they are public so that a page can explain the rule.
 */
public final class RuleSetRc1 implements RuleSet {

	public static final String VERSION = "RC-1";

	/** The lowest score a dimension can have. */
	public static final int MIN_SCORE = 1;

	/** The highest score a dimension can have. */
	public static final int MAX_SCORE = 5;

	/** What an unknown score counts as. */
	public static final int IMPUTED_SCORE = 3;

	/** More unknown scores than this are rejected. */
	public static final int MAX_UNKNOWN_SCORES = 2;

	/** S at or above this recommends relational governance (a tie goes relational). */
	public static final int THRESHOLD = 50;

	/** R = S / INDEX_DIVISOR: the index on the 1 to 5 scale of the scores. */
	public static final int INDEX_DIVISOR = 20;

	/** A margin |S - THRESHOLD| of at least this gives HIGH confidence. */
	public static final int HIGH_CONFIDENCE_MARGIN = 14;

	/** A margin of at least this (and below the high margin) gives MEDIUM confidence. */
	public static final int MEDIUM_CONFIDENCE_MARGIN = 7;

	/** A margin of at most this is flagged BORDERLINE. */
	public static final int BORDERLINE_MARGIN = 6;

	/**
	 * Specifiability and uncertainty both at least this make a transactional contract too
	 * incomplete: the incompleteness floor overrides it.
	 */
	public static final int OVERRIDE_MIN_SCORE = 4;

	/** Highest minus lowest score of at least this is flagged MIXED_PROFILE. */
	public static final int MIXED_PROFILE_SPREAD = 3;

	/**
	 * Twice the mean score at the threshold (2.5): a contribution is
	 * {@code weight * (2 * score - CONTRIBUTION_CENTRE)}, in half-points.
	 */
	public static final int CONTRIBUTION_CENTRE = 5;

	/** At most this many drivers are named. */
	public static final int MAX_DRIVERS = 3;

	/** A contribution of the other sign at least this large is a counter-indicator. */
	public static final int COUNTER_INDICATOR_MIN = 8;

	/** The highest confidence a recommendation can have after an override. */
	public static final Confidence OVERRIDE_CONFIDENCE_CAP = Confidence.MEDIUM;

	/**
	 * The shortest justification of a departure, or of any choice after a LOW-confidence
	 * recommendation.
	 */
	public static final int MIN_JUSTIFICATION_LENGTH = 50;

	/**
	 * A reassessment is due a year after the latest assessment, six months after a
	 * borderline or imputed one, after three agreed changes of scope, payment mechanism
	 * or outcome measures within twelve months, or a cumulative change of value or term
	 * beyond 10% either way.
	 */
	public static final ReassessmentThresholds REASSESSMENT = new ReassessmentThresholds(12, 6,
			Set.of(AdaptationCategory.SCOPE_CHANGE, AdaptationCategory.PAYMENT_MECHANISM_CHANGE,
					AdaptationCategory.OUTCOME_MEASURE_CHANGE),
			3, 12, BigDecimal.TEN);

	private static final Map<Dimension, Integer> WEIGHTS = weightTable();

	private static Map<Dimension, Integer> weightTable() {
		Map<Dimension, Integer> weights = new EnumMap<>(Dimension.class);
		weights.put(Dimension.SPECIFIABILITY, 4);
		weights.put(Dimension.UNCERTAINTY, 3);
		weights.put(Dimension.LEARNING_NEED, 3);
		weights.put(Dimension.VERIFIABILITY_DIFFICULTY, 3);
		weights.put(Dimension.INTERDEPENDENCE, 3);
		weights.put(Dimension.LOCK_IN, 2);
		weights.put(Dimension.DURATION_FREQUENCY, 2);
		return Collections.unmodifiableMap(weights);
	}

	/** The weight of a dimension in S. */
	public static int weight(Dimension dimension) {
		return WEIGHTS.get(dimension);
	}

	/** Every dimension's weight, D1 to D7. */
	public static Map<Dimension, Integer> weights() {
		return WEIGHTS;
	}

	/** The lowest S: every score at {@link #MIN_SCORE}. */
	public static int minWeightedSum() {
		return totalWeight() * MIN_SCORE;
	}

	/** The highest S: every score at {@link #MAX_SCORE}. */
	public static int maxWeightedSum() {
		return totalWeight() * MAX_SCORE;
	}

	private static int totalWeight() {
		return WEIGHTS.values().stream().mapToInt(Integer::intValue).sum();
	}

	@Override
	public String version() {
		return VERSION;
	}

	@Override
	public int minimumJustificationLength() {
		return MIN_JUSTIFICATION_LENGTH;
	}

	@Override
	public ReassessmentThresholds reassessment() {
		return REASSESSMENT;
	}

	@Override
	public Recommendation recommend(boolean moneyChangesHands, Map<Dimension, Integer> scores) {
		List<Dimension> unknown = validate(scores);
		Map<Dimension, Integer> imputed = impute(scores);
		int sum = weightedSum(imputed);
		List<RecommendationFlag> flags = new ArrayList<>();
		PartnershipModel model;
		Confidence confidence;
		boolean overridden = false;
		if (!moneyChangesHands) {
			model = PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
			confidence = (sum >= THRESHOLD) ? Confidence.HIGH : Confidence.MEDIUM;
			flags.add(RecommendationFlag.GATE_NO_MONEY);
		}
		else {
			model = (sum >= THRESHOLD) ? PartnershipModel.FORMAL_RELATIONAL_CONTRACT
					: PartnershipModel.TRANSACTIONAL_CONTRACT;
			int margin = Math.abs(sum - THRESHOLD);
			confidence = marginConfidence(margin);
			if (margin <= BORDERLINE_MARGIN) {
				flags.add(RecommendationFlag.BORDERLINE);
			}
			if (imputed.get(Dimension.SPECIFIABILITY) >= OVERRIDE_MIN_SCORE
					&& imputed.get(Dimension.UNCERTAINTY) >= OVERRIDE_MIN_SCORE
					&& model == PartnershipModel.TRANSACTIONAL_CONTRACT) {
				model = PartnershipModel.FORMAL_RELATIONAL_CONTRACT;
				flags.add(RecommendationFlag.OVERRIDE_INCOMPLETENESS_FLOOR);
				overridden = true;
			}
		}
		int lowest = Collections.min(imputed.values());
		int highest = Collections.max(imputed.values());
		if (highest - lowest >= MIXED_PROFILE_SPREAD) {
			flags.add(RecommendationFlag.MIXED_PROFILE);
			confidence = confidence.lower();
		}
		if (!unknown.isEmpty()) {
			flags.add(RecommendationFlag.IMPUTED_DIMENSIONS);
			confidence = confidence.lower();
		}
		if (overridden) {
			confidence = confidence.atMost(OVERRIDE_CONFIDENCE_CAP);
		}
		List<Contribution> contributions = contributions(imputed);
		boolean towardsRelational = model != PartnershipModel.TRANSACTIONAL_CONTRACT;
		List<Contribution> drivers = drivers(contributions, towardsRelational);
		List<Contribution> counterIndicators = (model == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) ? List.of()
				: counterIndicators(contributions, towardsRelational);
		Counterfactual counterfactual = null;
		if (!moneyChangesHands) {
			Recommendation withMoney = recommend(true, scores);
			counterfactual = new Counterfactual(withMoney.model(), withMoney.confidence());
		}
		BigDecimal index = index(sum);
		String rationale = new Rc1Rationale(model, index, confidence, sum, flags, drivers, counterIndicators, lowest,
				highest, unknown, counterfactual)
			.text();
		return new Recommendation(model, sum, index, confidence, flags, drivers, counterIndicators, rationale, VERSION,
				counterfactual);
	}

	/**
	 * Each dimension's contribution {@code weight * (2 * score - 5)}, D1 to D7, with
	 * unknown scores counted as {@link #IMPUTED_SCORE}.
	 */
	public static List<Contribution> contributions(Map<Dimension, Integer> scores) {
		List<Contribution> contributions = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			Integer score = scores.get(dimension);
			int value = (score != null) ? score : IMPUTED_SCORE;
			contributions.add(new Contribution(dimension, weight(dimension) * (2 * value - CONTRIBUTION_CENTRE)));
		}
		return contributions;
	}

	/** R = S / 20, with two decimals. */
	public static BigDecimal index(int weightedSum) {
		return BigDecimal.valueOf(weightedSum)
			.divide(BigDecimal.valueOf(INDEX_DIVISOR), Recommendation.INDEX_DECIMALS, RoundingMode.HALF_UP);
	}

	/** The confidence a margin |S - 50| gives before any flag lowers it. */
	public static Confidence marginConfidence(int margin) {
		if (margin >= HIGH_CONFIDENCE_MARGIN) {
			return Confidence.HIGH;
		}
		return (margin >= MEDIUM_CONFIDENCE_MARGIN) ? Confidence.MEDIUM : Confidence.LOW;
	}

	private static List<Dimension> validate(Map<Dimension, Integer> scores) {
		if (scores == null) {
			throw new IllegalArgumentException("Scores must be given for all seven dimensions");
		}
		List<Dimension> unknown = new ArrayList<>();
		for (Dimension dimension : Dimension.values()) {
			if (!scores.containsKey(dimension)) {
				throw new IllegalArgumentException("Dimension " + dimension.code() + " " + dimension.name()
						+ " is missing; give a score or null for unknown");
			}
			Integer score = scores.get(dimension);
			if (score == null) {
				unknown.add(dimension);
			}
			else if (score < MIN_SCORE || score > MAX_SCORE) {
				throw new IllegalArgumentException("Score of " + dimension.code() + " " + dimension.name() + " is "
						+ score + "; it must be from " + MIN_SCORE + " to " + MAX_SCORE);
			}
		}
		if (unknown.size() > MAX_UNKNOWN_SCORES) {
			throw new IllegalArgumentException(
					"At most " + MAX_UNKNOWN_SCORES + " scores may be unknown; " + unknown.size() + " are: " + unknown);
		}
		return unknown;
	}

	private static Map<Dimension, Integer> impute(Map<Dimension, Integer> scores) {
		Map<Dimension, Integer> imputed = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			Integer score = scores.get(dimension);
			imputed.put(dimension, (score != null) ? score : IMPUTED_SCORE);
		}
		return imputed;
	}

	private static int weightedSum(Map<Dimension, Integer> imputed) {
		return imputed.entrySet().stream().mapToInt((entry) -> weight(entry.getKey()) * entry.getValue()).sum();
	}

	private static List<Contribution> drivers(List<Contribution> contributions, boolean towardsRelational) {
		Comparator<Contribution> strongestFirst = Comparator.comparingInt((c) -> -Math.abs(c.value()));
		return contributions.stream()
			.filter((contribution) -> towardsRelational ? contribution.value() > 0 : contribution.value() < 0)
			.sorted(strongestFirst.thenComparing(Contribution::dimension))
			.limit(MAX_DRIVERS)
			.toList();
	}

	private static List<Contribution> counterIndicators(List<Contribution> contributions, boolean towardsRelational) {
		Comparator<Contribution> strongestFirst = Comparator.comparingInt((c) -> -Math.abs(c.value()));
		return contributions.stream()
			.filter((contribution) -> towardsRelational ? contribution.value() < 0 : contribution.value() > 0)
			.filter((contribution) -> Math.abs(contribution.value()) >= COUNTER_INDICATOR_MIN)
			.sorted(strongestFirst.thenComparing(Contribution::dimension))
			.toList();
	}

}
