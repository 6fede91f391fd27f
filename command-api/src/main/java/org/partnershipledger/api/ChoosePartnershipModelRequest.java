package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.DepartureReason;

/**
 * {@code POST /api/v1/partnerships/{id}/model-choices}: the commissioner chooses a model.
 * Whether a justification is needed depends on the recommendation, so that rule is the
 * aggregate's, not this request's.
 */
public record ChoosePartnershipModelRequest(PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		String basedOnAssessmentId, String departureJustification, List<DepartureReason> departureReasonCodes,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	public ChoosePartnershipModelRequest {
		departureReasonCodes = (departureReasonCodes == null) ? List.of() : List.copyOf(departureReasonCodes);
		departureJustification = (departureJustification == null || departureJustification.isBlank()) ? null
				: departureJustification.strip();
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.chosenModel, "chosenModel")
			.required(this.paymentMechanism, "paymentMechanism")
			.required(this.basedOnAssessmentId, "basedOnAssessmentId")
			.maxLength(this.departureJustification, 5000, "departureJustification")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
