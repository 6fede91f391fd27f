package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.relational.ReviewStatus;
import org.partnershipledger.events.relational.ReviewTiming;
import org.partnershipledger.events.relational.ReviewType;

/**
 * A review point as the aggregate remembers it: when it is due, its grace, whether it
 * needs a relational health check, where it is and which parties confirmed its minutes;
 * and its type, body and whether it includes a reassessment, for scheduling the next one
 * of the type; and the latest assessment when it was scheduled, so that a review that
 * includes a reassessment is held only once the service was reassessed. (A snapshot taken
 * before the type was remembered has none: no next review is scheduled after such a
 * review.)
 */
record Review(String reviewId, LocalDate dueDate, int graceDays, boolean requiresRelationalHealthCheck,
		ReviewStatus state, Set<String> minutesConfirmedBy, ReviewType type, String bodyId,
		boolean requiresReassessment, String assessmentWhenScheduled) {

	Review {
		minutesConfirmedBy = (minutesConfirmedBy == null) ? Set.of() : Set.copyOf(minutesConfirmedBy);
	}

	static Review of(ReviewPointScheduled event, String latestAssessmentId) {
		return new Review(event.reviewId(), event.dueDate(), event.graceDays(), event.requiresRelationalHealthCheck(),
				ReviewStatus.SCHEDULED, Set.of(), event.type(), event.bodyId(), event.requiresReassessment(),
				latestAssessmentId);
	}

	/**
	 * Whether it must be held with each party's relational health ratings: scheduled so,
	 * or a relational health check by type.
	 */
	boolean needsRelationalHealth() {
		return this.requiresRelationalHealthCheck || this.type == ReviewType.RELATIONAL_HEALTH_CHECK;
	}

	/**
	 * Whether the ledger schedules the next review of its type once it is held or missed.
	 */
	boolean repeats() {
		return this.state != ReviewStatus.SCHEDULED && this.type != null && this.type.cadence().isPresent();
	}

	/** When the next review of the type is due: the due date plus the type's cadence. */
	LocalDate nextDueDate() {
		return this.dueDate.plus(this.type.cadence().orElseThrow());
	}

	Instant missedFrom() {
		return ReviewTiming.missedFrom(this.dueDate, this.graceDays);
	}

	Review rescheduledTo(LocalDate newDueDate) {
		return new Review(this.reviewId, newDueDate, this.graceDays, this.requiresRelationalHealthCheck, this.state,
				this.minutesConfirmedBy, this.type, this.bodyId, this.requiresReassessment,
				this.assessmentWhenScheduled);
	}

	Review in(ReviewStatus newState) {
		return new Review(this.reviewId, this.dueDate, this.graceDays, this.requiresRelationalHealthCheck, newState,
				this.minutesConfirmedBy, this.type, this.bodyId, this.requiresReassessment,
				this.assessmentWhenScheduled);
	}

	Review confirmedBy(String partyId) {
		Set<String> confirmed = new LinkedHashSet<>(this.minutesConfirmedBy);
		confirmed.add(partyId);
		return new Review(this.reviewId, this.dueDate, this.graceDays, this.requiresRelationalHealthCheck, this.state,
				confirmed, this.type, this.bodyId, this.requiresReassessment, this.assessmentWhenScheduled);
	}

}
