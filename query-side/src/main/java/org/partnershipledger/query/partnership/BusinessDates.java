package org.partnershipledger.query.partnership;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Today's date as the partnerships' business dates are read: in UK time, so that a review
 * falls overdue at midnight in London, not in UTC.
 */
public final class BusinessDates {

	public static final ZoneId UK = ZoneId.of("Europe/London");

	private BusinessDates() {
	}

	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), UK);
	}

}
