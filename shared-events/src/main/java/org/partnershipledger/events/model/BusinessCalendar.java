package org.partnershipledger.events.model;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar business dates are read in: UK time, so that a day ends at midnight in
 * London, not in UTC. The command side's deadlines and the pages' dates use it alike.
 */
public final class BusinessCalendar {

	public static final ZoneId UK = ZoneId.of("Europe/London");

	private BusinessCalendar() {
	}

	/** Today's date in UK time. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), UK);
	}

	/** The date of a moment in UK time. */
	public static LocalDate dateOf(Instant instant) {
		return LocalDate.ofInstant(instant, UK);
	}

	/** The first moment of a day in UK time. */
	public static Instant startOf(LocalDate date) {
		return date.atStartOfDay(UK).toInstant();
	}

}
