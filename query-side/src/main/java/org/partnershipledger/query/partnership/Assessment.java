package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.AssessmentTrigger;

/** One recorded assessment of the service, with the recommendation stored with it. */
public record Assessment(String assessmentId, AssessmentTrigger trigger, boolean moneyChangesHands,
		boolean outcomeMetricsAvailable, Map<Dimension, DimensionScore> scores, Recommendation recommendation,
		String previousAssessmentId, List<Dimension> changedDimensions, boolean recommendationChanged,
		Instant occurredAt, Instant recordedAt, Actor actor) {

	public Assessment {
		scores = (scores == null) ? Map.of() : Map.copyOf(scores);
		changedDimensions = (changedDimensions == null) ? List.of() : List.copyOf(changedDimensions);
	}

}
