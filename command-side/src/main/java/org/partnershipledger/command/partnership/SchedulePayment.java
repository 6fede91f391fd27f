package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.SchedulePaymentRequest;
import org.partnershipledger.events.identity.Identity;

/** Schedule a payment. */
public record SchedulePayment(@TargetAggregateIdentifier String partnershipId, String paymentId, Identity identity,
		SchedulePaymentRequest request, Instant occurredAt) implements PartnershipCommand {

	public SchedulePayment {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
