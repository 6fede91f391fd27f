package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A review point as the aggregate remembers it: when it is due, its grace, whether it
 * needs a relational health check, where it is and which parties confirmed its minutes.
 */
record Review(String reviewId, LocalDate dueDate, int graceDays, boolean requiresRelationalHealthCheck,
		ReviewState state, Set<String> minutesConfirmedBy) {

	Review {
		minutesConfirmedBy = Set.copyOf(minutesConfirmedBy);
	}

	Instant missedFrom() {
		return ReviewDeadline.missedFrom(this.dueDate, this.graceDays);
	}

	Review rescheduledTo(LocalDate newDueDate) {
		return new Review(this.reviewId, newDueDate, this.graceDays, this.requiresRelationalHealthCheck, this.state,
				this.minutesConfirmedBy);
	}

	Review in(ReviewState newState) {
		return new Review(this.reviewId, this.dueDate, this.graceDays, this.requiresRelationalHealthCheck, newState,
				this.minutesConfirmedBy);
	}

	Review confirmedBy(String partyId) {
		Set<String> confirmed = new LinkedHashSet<>(this.minutesConfirmedBy);
		confirmed.add(partyId);
		return new Review(this.reviewId, this.dueDate, this.graceDays, this.requiresRelationalHealthCheck, this.state,
				confirmed);
	}

}
