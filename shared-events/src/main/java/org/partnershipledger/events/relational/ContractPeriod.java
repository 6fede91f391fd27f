package org.partnershipledger.events.relational;

import java.time.LocalDate;

/**
 * A contract's period, both ends included, and how far it may be extended
 * ({@code maxExtent}, optional).
 */
public record ContractPeriod(LocalDate startDate, LocalDate endDate, LocalDate maxExtent) {

	public ContractPeriod {
		if (startDate == null || endDate == null) {
			throw new IllegalArgumentException("startDate and endDate must be given");
		}
		if (endDate.isBefore(startDate)) {
			throw new IllegalArgumentException("endDate must not be before startDate");
		}
		if (maxExtent != null && maxExtent.isBefore(endDate)) {
			throw new IllegalArgumentException("maxExtent must not be before endDate");
		}
	}

}
