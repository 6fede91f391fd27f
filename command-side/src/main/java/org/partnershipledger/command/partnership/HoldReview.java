package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.HoldReviewRequest;
import org.partnershipledger.events.identity.Identity;

/** Record that a scheduled review was held. */
public record HoldReview(@TargetAggregateIdentifier String partnershipId, String reviewId, Identity identity,
		HoldReviewRequest request, Instant occurredAt) implements PartnershipCommand {

	public HoldReview {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
