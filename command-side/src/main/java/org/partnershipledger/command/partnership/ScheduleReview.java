package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.api.ScheduleReviewRequest;
import org.partnershipledger.events.identity.Identity;

/** Schedule a review point. */
public record ScheduleReview(@TargetAggregateIdentifier String partnershipId, String reviewId, Identity identity,
		ScheduleReviewRequest request, Instant occurredAt) implements PartnershipCommand {

	public ScheduleReview {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(identity, "identity");
		Objects.requireNonNull(request, "request");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

}
