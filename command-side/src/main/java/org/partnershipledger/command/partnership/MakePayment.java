package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.MakePaymentRequest;
import org.partnershipledger.events.identity.Identity;

/** Record a scheduled payment as made. */
public record MakePayment(@TargetAggregateIdentifier String partnershipId, String paymentId, Identity identity,
		MakePaymentRequest request, Instant occurredAt) implements PartnershipCommand {

	public MakePayment {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(paymentId, "paymentId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
