package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.Recommendation;

/**
 * The latest assessment as the aggregate remembers it: enough to compare a reassessment
 * with it, to check a model choice against it, and to see whether a business date falls
 * before it ({@code assessedAt}; {@code null} in a snapshot taken before it was kept). A
 * score is {@code null} where unknown; {@code moneyChangesHands} is {@code null} likewise
 * when not kept.
 */
record LatestAssessment(String assessmentId, Map<Dimension, Integer> scores, Recommendation recommendation,
		Instant assessedAt, Boolean moneyChangesHands) {

	LatestAssessment {
		Map<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
		copy.putAll(scores);
		scores = copy;
	}

}
