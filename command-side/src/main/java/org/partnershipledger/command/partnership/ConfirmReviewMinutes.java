package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.events.identity.Identity;

/** Confirm a held review's minutes for one's own party. */
public record ConfirmReviewMinutes(@TargetAggregateIdentifier String partnershipId, String reviewId, Identity identity,
		ConfirmReviewMinutesRequest request, Instant occurredAt) implements PartnershipCommand {

	public ConfirmReviewMinutes {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
