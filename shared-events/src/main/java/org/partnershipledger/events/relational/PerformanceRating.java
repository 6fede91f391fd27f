package org.partnershipledger.events.relational;

/** How a held review rated the service's performance. */
public enum PerformanceRating {

	GOOD, APPROACHING_TARGET, REQUIRES_IMPROVEMENT, INADEQUATE, OTHER

}
