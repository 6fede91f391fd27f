package org.partnershipledger.events.model;

import java.time.LocalDate;

/** A period of days, both ends included. */
public record Period(LocalDate startDate, LocalDate endDate) {

	public Period {
		Require.present(startDate, "startDate");
		Require.present(endDate, "endDate");
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("endDate must not be before startDate");
		}
	}

}
