package org.partnershipledger.query.partnership;

/**
 * Where a review point stands. Overdue is not a status: it depends on today's date, so it
 * is worked out when read ({@link Review#overdueOn(java.time.LocalDate)}).
 */
public enum ReviewStatus {

	SCHEDULED, HELD, MISSED

}
