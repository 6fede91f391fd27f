package org.partnershipledger.command.partnership;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Schedule, as the ledger itself (actor SYSTEM), the review that follows a held or missed
 * one of a type with a cadence (DOMAIN.md §6). Its id is derived from the previous
 * review's, so a repeat of this command (after a restart, or from a processor that
 * replays) is recognised and changes nothing. It is not a {@link PartnershipCommand}: no
 * person issues it, and a partnership that is exiting or closed takes it as a no-op
 * rather than a refusal, so the processor that sends it never stalls.
 */
public record ScheduleNextReview(@TargetAggregateIdentifier String partnershipId, String previousReviewId,
		String reviewId, Instant occurredAt) {

	public ScheduleNextReview {
		Objects.requireNonNull(partnershipId, "partnershipId");
		Objects.requireNonNull(previousReviewId, "previousReviewId");
		Objects.requireNonNull(reviewId, "reviewId");
		Objects.requireNonNull(occurredAt, "occurredAt");
	}

	/** The next review after {@code previousReviewId}, with its derived id. */
	public static ScheduleNextReview after(String partnershipId, String previousReviewId, Instant occurredAt) {
		return new ScheduleNextReview(partnershipId, previousReviewId, nextReviewId(partnershipId, previousReviewId),
				occurredAt);
	}

	/** The same id for the same partnership and previous review, every time. */
	public static String nextReviewId(String partnershipId, String previousReviewId) {
		return UUID
			.nameUUIDFromBytes(
					("next review after " + partnershipId + "/" + previousReviewId).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

}
