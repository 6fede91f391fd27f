package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.DepartureReason;

/**
 * The commissioner moved a live (ACTIVE or EXITING) partnership to another model, or
 * chose its model again, based on the latest assessment (DOMAIN.md §2.6). The partnership
 * stays live; the justification rules are those of a first choice. {@code pending} names
 * what must still be recorded before the new model is in force; each is settled by the
 * event that records it ({@link TransitionPrerequisite#satisfiedBy}).
 */
@SchemaRevision("1")
public record PartnershipModelTransitioned(String partnershipId, String decisionId, PartnershipModel previousModel,
		PartnershipModel newModel, PaymentMechanism previousPaymentMechanism, PaymentMechanism newPaymentMechanism,
		String basedOnAssessmentId, PartnershipModel recommendedModel, Confidence recommendationConfidence,
		boolean departsFromRecommendation, String departureJustification, List<DepartureReason> departureReasonCodes,
		List<TransitionPrerequisite> pending, Instant occurredAt) implements PartnershipEvent {

	public PartnershipModelTransitioned {
		departureReasonCodes = (departureReasonCodes == null) ? List.of() : List.copyOf(departureReasonCodes);
		pending = (pending == null) ? List.of() : List.copyOf(pending);
	}

}
