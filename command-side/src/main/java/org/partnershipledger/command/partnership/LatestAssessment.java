package org.partnershipledger.command.partnership;

import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.Recommendation;

/**
 * The latest assessment as the aggregate remembers it: enough to compare a reassessment
 * with it and to check a model choice against it.
 */
record LatestAssessment(String assessmentId, Map<Dimension, Integer> scores, Recommendation recommendation) {

	LatestAssessment {
		scores = new java.util.EnumMap<>(scores);
	}

}
