package org.partnershipledger.command.partnership;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.api.identity.Identity;

/**
 * Review points: scheduled, rescheduled, held, their minutes confirmed, missed, and the
 * next one by cadence.
 */
public final class ReviewCommands {

	private ReviewCommands() {
	}

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

	/** Confirm a held review's minutes for one's own party. */
	public record ConfirmReviewMinutes(@TargetAggregateIdentifier String partnershipId, String reviewId,
			Identity identity, ConfirmReviewMinutesRequest request, Instant occurredAt) implements PartnershipCommand {

		public ConfirmReviewMinutes {
			Objects.requireNonNull(partnershipId, "partnershipId");
			Objects.requireNonNull(reviewId, "reviewId");
			Objects.requireNonNull(identity, "identity");
			Objects.requireNonNull(request, "request");
			Objects.requireNonNull(occurredAt, "occurredAt");
		}

	}

	/**
	 * Record that a review was missed, noticed at {@code detectedAt}. Without an identity
	 * the ledger itself records it (actor SYSTEM): the review deadline sweep does.
	 */
	public record MarkReviewPointMissed(@TargetAggregateIdentifier String partnershipId, String reviewId,
			Identity identity, Instant detectedAt) implements PartnershipCommand {

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

	/**
	 * Schedule, as the ledger itself (actor SYSTEM), the review that follows a held or
	 * missed one of a type with a cadence (DOMAIN.md §6). Its id is derived from the
	 * previous review's, so a repeat of this command (after a restart, or from a
	 * processor that replays) is recognised and changes nothing. It is not a
	 * {@link PartnershipCommand}: no person issues it, and a partnership that is exiting
	 * or closed takes it as a no-op rather than a refusal, so the processor that sends it
	 * never stalls.
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
			return new ScheduleNextReview(partnershipId, previousReviewId,
					nextReviewId(partnershipId, previousReviewId), occurredAt);
		}

		/** The same id for the same partnership and previous review, every time. */
		public static String nextReviewId(String partnershipId, String previousReviewId) {
			return UUID
				.nameUUIDFromBytes(("next review after " + partnershipId + "/" + previousReviewId)
					.getBytes(StandardCharsets.UTF_8))
				.toString();
		}

	}

}
