package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.DepartureReason;

/**
 * The commissioner chose the partnership model, based on the latest assessment. A
 * departure from the recommendation, or any choice after a LOW-confidence recommendation,
 * carries a justification. The authority for the decision is the event's common
 * authority.
 */
@SchemaRevision("1")
public record PartnershipModelChosen(String partnershipId, String decisionId, PartnershipModel chosenModel,
		PaymentMechanism paymentMechanism, String basedOnAssessmentId, PartnershipModel recommendedModel,
		Confidence recommendationConfidence, boolean departsFromRecommendation, String departureJustification,
		List<DepartureReason> departureReasonCodes, PartnershipModel previousModel,
		Instant occurredAt) implements PartnershipEvent {

	public PartnershipModelChosen {
		departureReasonCodes = List.copyOf(departureReasonCodes);
	}

}
