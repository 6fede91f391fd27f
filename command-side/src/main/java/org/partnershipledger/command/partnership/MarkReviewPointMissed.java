package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.Objects;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.events.identity.Identity;

/**
 * Record that a review was missed, noticed at {@code detectedAt}. Without an identity the
 * ledger itself records it (actor SYSTEM): the review deadline sweep does.
 */
public record MarkReviewPointMissed(@TargetAggregateIdentifier String partnershipId, String reviewId, Identity identity,
		Instant detectedAt) implements PartnershipCommand {

	public MarkReviewPointMissed {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(detectedAt, "detectedAt");
	}

	/** The ledger's own sweep, not a person. */
	public static MarkReviewPointMissed bySystem(String partnershipId, String reviewId, Instant detectedAt) {
		return new MarkReviewPointMissed(partnershipId, reviewId, null, detectedAt);
	}

}
