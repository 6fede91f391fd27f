package org.partnershipledger.command.partnership;

import java.util.EnumMap;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.Recommendation;

/**
 * The latest assessment as the aggregate remembers it: enough to compare a reassessment
 * with it and to check a model choice against it. A score is {@code null} where unknown.
 */
record LatestAssessment(String assessmentId, Map<Dimension, Integer> scores, Recommendation recommendation) {

	LatestAssessment {
		Map<Dimension, Integer> copy = new EnumMap<>(Dimension.class);
		copy.putAll(scores);
		scores = copy;
	}

}
