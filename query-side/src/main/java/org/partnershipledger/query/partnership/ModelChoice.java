package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.DepartureReason;

/** The commissioner's choice of model, with any departure from the recommendation. */
public record ModelChoice(String decisionId, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		String basedOnAssessmentId, PartnershipModel recommendedModel, Confidence recommendationConfidence,
		boolean departsFromRecommendation, String departureJustification, List<DepartureReason> departureReasonCodes,
		PartnershipModel previousModel, Instant occurredAt, Instant recordedAt, Actor actor) {

	public ModelChoice {
		departureReasonCodes = (departureReasonCodes == null) ? List.of() : List.copyOf(departureReasonCodes);
	}

}
