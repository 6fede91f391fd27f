package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * When a review counts as missed: at the end of the last day of grace, in UTC, that is
 * the start of the day after {@code dueDate + graceDays}.
 */
public final class ReviewDeadline {

	private ReviewDeadline() {
	}

	public static Instant missedFrom(LocalDate dueDate, int graceDays) {
		return dueDate.plusDays(graceDays + 1L).atStartOfDay(ZoneOffset.UTC).toInstant();
	}

}
