package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.health.RelationalHealthResult;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewAction;
import org.partnershipledger.events.relational.ReviewStatus;
import org.partnershipledger.events.relational.ReviewTiming;
import org.partnershipledger.events.relational.ReviewType;

/**
 * A review point: scheduled with a due date and grace, perhaps moved, then held (with its
 * decisions, actions, rating, relational health and the parties' confirmations of the
 * minutes) or missed.
 *
 * @param dueDate the due date now in force (after any rescheduling)
 * @param reschedulings every move of the due date, oldest first
 * @param relationalHealth the relational health check's result as recorded, {@code null}
 * when none was done
 * @param missedAt the end of the last day of grace, for a missed review
 * @param missedDetectedAt when the ledger noticed that it was missed
 */
public record Review(String reviewId, ReviewType type, LocalDate dueDate, int graceDays, String bodyId,
		List<String> agenda, boolean requiresRelationalHealthCheck, boolean requiresReassessment, ReviewStatus status,
		Instant scheduledAt, Actor scheduledBy, List<ReviewRescheduling> reschedulings, LocalDate heldOn,
		List<String> attendeePartyIds, List<String> decisions, List<ReviewAction> actions,
		PerformanceRating performanceRating, RelationalHealthResult relationalHealth, List<String> adaptationsReviewed,
		Actor heldRecordedBy, List<MinutesConfirmation> minutesConfirmations, Instant missedAt,
		Instant missedDetectedAt) {

	public Review {
		agenda = copy(agenda);
		reschedulings = copy(reschedulings);
		attendeePartyIds = copy(attendeePartyIds);
		decisions = copy(decisions);
		actions = copy(actions);
		adaptationsReviewed = copy(adaptationsReviewed);
		minutesConfirmations = copy(minutesConfirmations);
	}

	static Review scheduled(ReviewPointScheduled event, Actor actor) {
		return new Review(event.reviewId(), event.type(), event.dueDate(), event.graceDays(), event.bodyId(),
				event.agenda(), event.requiresRelationalHealthCheck(), event.requiresReassessment(),
				ReviewStatus.SCHEDULED, event.occurredAt(), actor, List.of(), null, List.of(), List.of(), List.of(),
				null, null, List.of(), null, List.of(), null, null);
	}

	/** The last day of grace: after it, a review not held is overdue, then missed. */
	public LocalDate lastDayOfGrace() {
		return (this.dueDate == null) ? null : ReviewTiming.lastDayOfGrace(this.dueDate, this.graceDays);
	}

	/**
	 * Whether it is still scheduled although its last day of grace is before
	 * {@code today} (until the ledger records it as missed).
	 */
	public boolean overdueOn(LocalDate today) {
		return this.status == ReviewStatus.SCHEDULED && this.dueDate != null
				&& ReviewTiming.overdueOn(this.dueDate, this.graceDays, today);
	}

	/** Whether this party has confirmed the minutes. */
	public boolean minutesConfirmedBy(String partyId) {
		return this.minutesConfirmations.stream().anyMatch((confirmation) -> confirmation.partyId().equals(partyId));
	}

	Review rescheduled(LocalDate newDueDate, String reason, Instant at, Actor actor) {
		List<ReviewRescheduling> moves = new ArrayList<>(this.reschedulings);
		moves.add(new ReviewRescheduling(this.dueDate, newDueDate, reason, at, actor));
		return new Review(this.reviewId, this.type, newDueDate, this.graceDays, this.bodyId, this.agenda,
				this.requiresRelationalHealthCheck, this.requiresReassessment, this.status, this.scheduledAt,
				this.scheduledBy, moves, this.heldOn, this.attendeePartyIds, this.decisions, this.actions,
				this.performanceRating, this.relationalHealth, this.adaptationsReviewed, this.heldRecordedBy,
				this.minutesConfirmations, this.missedAt, this.missedDetectedAt);
	}

	Review held(ReviewPointHeld event, Actor actor) {
		return new Review(this.reviewId, this.type, this.dueDate, this.graceDays, this.bodyId, this.agenda,
				this.requiresRelationalHealthCheck, this.requiresReassessment, ReviewStatus.HELD, this.scheduledAt,
				this.scheduledBy, this.reschedulings, event.heldOn(), event.attendeePartyIds(), event.decisions(),
				event.actions(), event.performanceRating(),
				(event.relationalHealth() != null) ? event.relationalHealth().result() : null,
				event.adaptationsReviewed(), actor, this.minutesConfirmations, null, null);
	}

	Review minutesConfirmed(MinutesConfirmation confirmation) {
		List<MinutesConfirmation> confirmations = new ArrayList<>(this.minutesConfirmations);
		confirmations.removeIf((earlier) -> earlier.partyId().equals(confirmation.partyId()));
		confirmations.add(confirmation);
		return new Review(this.reviewId, this.type, this.dueDate, this.graceDays, this.bodyId, this.agenda,
				this.requiresRelationalHealthCheck, this.requiresReassessment, this.status, this.scheduledAt,
				this.scheduledBy, this.reschedulings, this.heldOn, this.attendeePartyIds, this.decisions, this.actions,
				this.performanceRating, this.relationalHealth, this.adaptationsReviewed, this.heldRecordedBy,
				confirmations, this.missedAt, this.missedDetectedAt);
	}

	Review missed(Instant at, Instant detectedAt) {
		return new Review(this.reviewId, this.type, this.dueDate, this.graceDays, this.bodyId, this.agenda,
				this.requiresRelationalHealthCheck, this.requiresReassessment, ReviewStatus.MISSED, this.scheduledAt,
				this.scheduledBy, this.reschedulings, null, List.of(), List.of(), List.of(), null, null, List.of(),
				null, List.of(), at, detectedAt);
	}

	private static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

}
