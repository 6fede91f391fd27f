package org.partnershipledger.events.relational;

/**
 * Where a review point stands: each ends either held or missed, never both. Overdue is
 * not a status: it depends on the day it is read (see {@link ReviewTiming}).
 */
public enum ReviewStatus {

	SCHEDULED, HELD, MISSED

}
