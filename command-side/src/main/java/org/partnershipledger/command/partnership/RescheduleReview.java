package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.RescheduleReviewRequest;
import org.partnershipledger.events.identity.Identity;

/** Move a scheduled review to a new due date. */
public record RescheduleReview(@TargetAggregateIdentifier String partnershipId, String reviewId, Identity identity,
		RescheduleReviewRequest request, Instant occurredAt) implements PartnershipCommand {

	public RescheduleReview {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
