package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.ReviewType;

/**
 * {@code POST /api/v1/partnerships/{id}/reviews}: a commissioner schedules a review
 * point. Without graceDays the grace is 14 days; it is missed once the due date plus the
 * grace has passed without it being held.
 */
public record ScheduleReviewRequest(ReviewType type, LocalDate dueDate, Integer graceDays, String bodyId,
		List<String> agenda, Boolean requiresRelationalHealthCheck, Boolean requiresReassessment, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	/** The longest grace a review may have. */
	public static final int MAX_GRACE_DAYS = 365;

	public ScheduleReviewRequest {
		agenda = (agenda == null) ? List.of() : List.copyOf(agenda);
	}

	/** The grace in days, the default when none was given. */
	public int effectiveGraceDays() {
		return (this.graceDays == null) ? ReviewPointScheduled.DEFAULT_GRACE_DAYS : this.graceDays;
	}

	public boolean needsRelationalHealthCheck() {
		return Boolean.TRUE.equals(this.requiresRelationalHealthCheck);
	}

	public boolean needsReassessment() {
		return Boolean.TRUE.equals(this.requiresReassessment);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.type, "type")
			.required(this.dueDate, "dueDate")
			.check(this.graceDays == null || (this.graceDays >= 0 && this.graceDays <= MAX_GRACE_DAYS), "graceDays",
					"The grace must be between 0 and " + MAX_GRACE_DAYS + " days")
			.maxLength(this.bodyId, 100, "bodyId")
			.noEmptyValues(this.agenda, "agenda")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
