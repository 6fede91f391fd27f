package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.AdjustPaymentRequest;
import org.partnershipledger.events.identity.Identity;

/** Adjust a payment. */
public record AdjustPayment(@TargetAggregateIdentifier String partnershipId, String paymentId, String adjustmentId,
		Identity identity, AdjustPaymentRequest request, Instant occurredAt) implements PartnershipCommand {

	public AdjustPayment {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(adjustmentId, "adjustmentId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
