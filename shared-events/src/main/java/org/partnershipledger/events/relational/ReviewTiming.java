package org.partnershipledger.events.relational;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.BusinessCalendar;

/**
 * When a review point still scheduled counts as missed: once its last day of grace,
 * {@code dueDate + graceDays}, has ended in UK time. The command side records it missed
 * from that moment; the pages call it overdue from the day after. One rule for both.
 */
public final class ReviewTiming {

	private ReviewTiming() {
	}

	/** The review's last day of grace. */
	public static LocalDate lastDayOfGrace(LocalDate dueDate, int graceDays) {
		return dueDate.plusDays(graceDays);
	}

	/** The moment a review still scheduled counts as missed. */
	public static Instant missedFrom(LocalDate dueDate, int graceDays) {
		return BusinessCalendar.startOf(lastDayOfGrace(dueDate, graceDays).plusDays(1));
	}

	/** Whether a review still scheduled is overdue on {@code today}. */
	public static boolean overdueOn(LocalDate dueDate, int graceDays, LocalDate today) {
		return lastDayOfGrace(dueDate, graceDays).isBefore(today);
	}

}
