package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/assessments}: the service assessed against the
 * framework. All seven dimensions must be present; a score may be unknown ({@code null})
 * but then its evidence says why, and at most two may be unknown.
 */
public record AssessServiceCharacteristicsRequest(AssessmentTrigger trigger, Boolean moneyChangesHands,
		Boolean outcomeMetricsAvailable, Map<Dimension, DimensionScore> scores, List<String> coAssessorPartyIds,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	public static final int MIN_EVIDENCE_LENGTH = 20;

	public static final int MAX_UNKNOWN_SCORES = 2;

	public static final int MIN_SCORE = 1;

	public static final int MAX_SCORE = 5;

	public AssessServiceCharacteristicsRequest {
		scores = (scores == null) ? null : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
		coAssessorPartyIds = (coAssessorPartyIds == null) ? List.of() : List.copyOf(coAssessorPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = new Problems().required(this.trigger, "trigger")
			.required(this.moneyChangesHands, "moneyChangesHands")
			.required(this.outcomeMetricsAvailable, "outcomeMetricsAvailable")
			.notInFuture(this.occurredAt, clock);
		if (this.scores == null) {
			return problems.add("scores", "Score all seven dimensions").list();
		}
		int unknown = 0;
		for (Dimension dimension : Dimension.values()) {
			String field = "scores." + dimension.name();
			DimensionScore score = this.scores.get(dimension);
			if (score == null) {
				problems.add(field, "Score " + dimension.code() + " " + dimension.name()
						+ ", or leave the score empty and say in the evidence why it is unknown");
				continue;
			}
			if (score.isUnknown()) {
				unknown++;
			}
			else if (score.score() < MIN_SCORE || score.score() > MAX_SCORE) {
				problems.add(field + ".score", "The score must be a whole number from " + MIN_SCORE + " to " + MAX_SCORE
						+ ", or empty when unknown");
			}
			if (score.evidence() == null || score.evidence().strip().length() < MIN_EVIDENCE_LENGTH) {
				problems.add(field + ".evidence", "Give evidence of at least " + MIN_EVIDENCE_LENGTH + " characters"
						+ (score.isUnknown() ? ", saying why the score is unknown" : ""));
			}
		}
		if (unknown > MAX_UNKNOWN_SCORES) {
			problems.add("scores", "At most " + MAX_UNKNOWN_SCORES + " scores may be unknown; " + unknown
					+ " are. Find evidence for more dimensions before recording the assessment");
		}
		return problems.list();
	}

	/** The scores alone, {@code null} where unknown, for the rule set. */
	public Map<Dimension, Integer> scoreValues() {
		Map<Dimension, Integer> values = new java.util.EnumMap<>(Dimension.class);
		this.scores.forEach((dimension, score) -> values.put(dimension, score.score()));
		return values;
	}

}
