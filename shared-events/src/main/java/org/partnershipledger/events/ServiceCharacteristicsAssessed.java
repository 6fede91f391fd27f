package org.partnershipledger.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.AssessmentTrigger;

/**
 * The service was assessed against the framework. The full recommendation is stored with
 * the version of the rule set that produced it. A reassessment also records the previous
 * assessment, which dimensions changed, whether the recommendation changed, and whether
 * the partnership's current model now diverges from it.
 *
 * @param currentModel the model chosen at the time of the assessment, {@code null} if
 * none yet
 */
@SchemaRevision("1")
public record ServiceCharacteristicsAssessed(String partnershipId, String assessmentId, AssessmentTrigger trigger,
		boolean moneyChangesHands, boolean outcomeMetricsAvailable, Map<Dimension, DimensionScore> scores,
		List<String> coAssessorPartyIds, Recommendation recommendation, String previousAssessmentId,
		List<Dimension> changedDimensions, boolean recommendationChanged, PartnershipModel currentModel,
		boolean divergesFromCurrentModel, Instant occurredAt) implements PartnershipEvent {

	public ServiceCharacteristicsAssessed {
		scores = Map.copyOf(scores);
		coAssessorPartyIds = List.copyOf(coAssessorPartyIds);
		changedDimensions = List.copyOf(changedDimensions);
	}

	@JsonIgnore
	public boolean isReassessment() {
		return this.previousAssessmentId != null;
	}

}
