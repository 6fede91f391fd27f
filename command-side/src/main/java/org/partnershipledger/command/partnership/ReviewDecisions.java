package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.command.partnership.ReviewCommands.HoldReview;
import org.partnershipledger.command.partnership.ReviewCommands.MarkReviewPointMissed;
import org.partnershipledger.command.partnership.ReviewCommands.RescheduleReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleNextReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleReview;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.ReviewAction;
import org.partnershipledger.events.relational.ReviewStatus;

import static org.partnershipledger.command.partnership.Guards.blankToNull;
import static org.partnershipledger.command.partnership.Guards.existing;
import static org.partnershipledger.command.partnership.Guards.notParties;
import static org.partnershipledger.command.partnership.Guards.rejectIfAny;
import static org.partnershipledger.command.partnership.Guards.requireModelChosen;
import static org.partnershipledger.command.partnership.Guards.unknownAdaptation;

/**
 * Review points: scheduled (by a commissioner, or by the ledger at a type's cadence),
 * rescheduled, held, their minutes confirmed by each party, or missed (DOMAIN.md §4,
 * 15–17).
 */
final class ReviewDecisions {

	private ReviewDecisions() {
	}

	static Decision<Long> scheduleReview(PartnershipState state, ScheduleReview command) {
		Party acting = Acting.commissioner(state, command.identity());
		requireModelChosen(state, "scheduling a review");
		ScheduleReviewRequest request = command.request();
		String bodyId = blankToNull(request.bodyId());
		if (bodyId != null && state.governance()
			.inForceAt(command.occurredAt())
			.flatMap((inForce) -> inForce.body(bodyId))
			.isEmpty()) {
			throw PartnershipRejection.unprocessable("The review's body is not a governance body in force",
					List.of(new FieldProblem("bodyId", "There is no governance body " + bodyId
							+ " in force; agree governance first or leave the body out")));
		}
		return Decision.of(
				new ReviewPointScheduled(state.partnershipId(), command.reviewId(), request.type(), request.dueDate(),
						request.effectiveGraceDays(), bodyId, request.agenda(), request.needsRelationalHealthCheck(),
						request.needsReassessment(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> rescheduleReview(PartnershipState state, RescheduleReview command) {
		Party acting = Acting.commissioner(state, command.identity());
		Review review = openReview(state, command.reviewId(), "rescheduled");
		return Decision.of(
				new ReviewPointRescheduled(state.partnershipId(), review.reviewId(), command.request().newDueDate(),
						command.request().reason(), command.occurredAt()),
				command.identity(), acting, command.request().authority());
	}

	/**
	 * What a held review names is of this partnership; a relational health check (by
	 * type, or scheduled with one) has each party's ratings, scored against the latest
	 * check; a review that includes a reassessment is held once the service was
	 * reassessed since it was scheduled.
	 */
	static Decision<Long> holdReview(PartnershipState state, HoldReview command) {
		Party acting = Acting.commissioner(state, command.identity());
		Review review = openReview(state, command.reviewId(), "held");
		aReassessmentIsRecordedFirst(state, review);
		HoldReviewRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				notParties(state, request.attendeePartyIds(), "attendeePartyIds"));
		problems.addAll(notParties(state, request.relationalHealth().stream().map(PartyRatings::partyId).toList(),
				"relationalHealth"));
		problems.addAll(notParties(state,
				request.actions()
					.stream()
					.map(ReviewAction::ownerPartyId)
					.filter((partyId) -> blankToNull(partyId) != null)
					.toList(),
				"actions"));
		request.adaptationsReviewed()
			.forEach((adaptationId) -> problems.addAll(unknownAdaptation(state, adaptationId, "adaptationsReviewed")));
		if (review.needsRelationalHealth() && !request.hasRelationalHealth()) {
			problems.add(new FieldProblem("relationalHealth",
					"This review is a relational health check: give each party's ratings"));
		}
		rejectIfAny("The held review breaks a rule of the partnership", problems);
		RelationalHealthCheck health = request.hasRelationalHealth()
				? new RelationalHealthCheck(request.relationalHealth(),
						RelationalHealthRhc1.score(request.relationalHealth(), state.latestHealthOverall()))
				: null;
		return Decision.of(
				new ReviewPointHeld(state.partnershipId(), review.reviewId(), request.heldOn(),
						request.attendeePartyIds(), request.decisions(), request.actions(), request.performanceRating(),
						health, request.adaptationsReviewed(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	/** Each party confirms the minutes of a held review once, for itself. */
	static Decision<Long> confirmReviewMinutes(PartnershipState state, ConfirmReviewMinutes command) {
		Party acting = Acting.forItsOwnParty(state, command.identity(), command.request().partyId());
		Review review = existing(state.reviews(), command.reviewId(), "review");
		if (review.state() != ReviewStatus.HELD) {
			throw PartnershipRejection.conflict("Review " + review.reviewId() + " is " + review.state()
					+ "; only the minutes of a held review are confirmed");
		}
		if (review.minutesConfirmedBy().contains(acting.partyId())) {
			throw PartnershipRejection.conflict(acting.name() + " already confirmed the minutes of review "
					+ review.reviewId() + "; each party confirms once");
		}
		return Decision.of(
				new ReviewMinutesConfirmed(state.partnershipId(), review.reviewId(), acting.partyId(),
						blankToNull(command.request().dissent()), command.occurredAt()),
				command.identity(), acting, command.request().authority());
	}

	/**
	 * A review not held by the end of its grace is missed, exactly once: a second
	 * attempt, or one for a held review or before the grace ended, is refused (409) and
	 * stores nothing. A commissioner records it, or the ledger's deadline sweep (no
	 * identity).
	 */
	static Decision<Long> markReviewPointMissed(PartnershipState state, MarkReviewPointMissed command) {
		Party acting = (command.identity() == null) ? null : Acting.commissioner(state, command.identity());
		Review review = openReview(state, command.reviewId(), "missed");
		Instant missedFrom = review.missedFrom();
		if (command.detectedAt().isBefore(missedFrom)) {
			throw PartnershipRejection.conflict("Review " + review.reviewId() + " is due " + review.dueDate() + " with "
					+ review.graceDays() + " days of grace; it is not missed before " + missedFrom);
		}
		ReviewPointMissed missed = new ReviewPointMissed(state.partnershipId(), review.reviewId(), review.dueDate(),
				review.graceDays(), command.detectedAt(), missedFrom);
		return (acting == null) ? Decision.of(missed, EventMetaData.system(Partnership.SYSTEM_DISPLAY_NAME))
				: Decision.of(missed, command.identity(), acting, null);
	}

	/**
	 * The next review of a type with a cadence, once the previous one is held or missed:
	 * due at the previous due date plus the cadence, with the previous one's grace, body
	 * (while still in force) and checks, recorded by the ledger itself. Nothing happens,
	 * and nothing is refused, when the previous review is still open or its type has no
	 * cadence, when the partnership is exiting or closed, when a review of the type is
	 * still scheduled or a later one exists, or when this one is already scheduled.
	 */
	static Decision<Long> scheduleNextReview(PartnershipState state, ScheduleNextReview command) {
		Review previous = state.reviews().get(command.previousReviewId());
		if (previous == null || !previous.repeats() || state.status() == PartnershipStatus.EXITING
				|| state.status() == PartnershipStatus.CLOSED || state.reviews().containsKey(command.reviewId())
				|| hasOpenOrLaterReviewLike(state, previous)) {
			return Decision.nothing();
		}
		String bodyId = (previous.bodyId() != null && state.governance()
			.inForceAt(command.occurredAt())
			.flatMap((inForce) -> inForce.body(previous.bodyId()))
			.isPresent()) ? previous.bodyId() : null;
		return Decision.of(new ReviewPointScheduled(state.partnershipId(), command.reviewId(), previous.type(),
				previous.nextDueDate(), previous.graceDays(), bodyId, List.of(),
				previous.requiresRelationalHealthCheck(), previous.requiresReassessment(), command.occurredAt()),
				EventMetaData.system(Partnership.SYSTEM_SCHEDULE_NAME));
	}

	/**
	 * A review that includes a reassessment of the service is held only once an
	 * assessment newer than the one in force when it was scheduled is recorded.
	 */
	private static void aReassessmentIsRecordedFirst(PartnershipState state, Review review) {
		LatestAssessment latest = state.latestAssessment();
		boolean reassessed = latest != null && !latest.assessmentId().equals(review.assessmentWhenScheduled());
		if (review.requiresReassessment() && !reassessed) {
			throw PartnershipRejection.conflict("Review " + review.reviewId() + " includes a reassessment of the "
					+ "service: record the reassessment before the review is held");
		}
	}

	private static boolean hasOpenOrLaterReviewLike(PartnershipState state, Review previous) {
		return state.reviews()
			.values()
			.stream()
			.filter((review) -> review.type() == previous.type() && !review.reviewId().equals(previous.reviewId()))
			.anyMatch((review) -> review.state() == ReviewStatus.SCHEDULED
					|| review.dueDate().isAfter(previous.dueDate()));
	}

	/** A review still scheduled: neither held nor missed. */
	private static Review openReview(PartnershipState state, String reviewId, String beingDone) {
		Review review = existing(state.reviews(), reviewId, "review");
		if (review.state() != ReviewStatus.SCHEDULED) {
			throw new ReviewAlreadySettled("Review " + reviewId + " was already " + review.state()
					+ "; only a scheduled review can be " + beingDone);
		}
		return review;
	}

}
