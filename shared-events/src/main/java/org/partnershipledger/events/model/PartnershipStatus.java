package org.partnershipledger.events.model;

/**
 * Where a partnership stands in its life, as DOMAIN.md §3 orders it: REGISTERED,
 * ASSESSED, MODEL_CHOSEN, then ACTIVE from its contract or alignment instrument, EXITING
 * from its termination or the instrument's end, and CLOSED.
 */
public enum PartnershipStatus {

	REGISTERED, ASSESSED, MODEL_CHOSEN, ACTIVE, EXITING, CLOSED;

	/** This status, or {@code next} if that is further along. */
	public PartnershipStatus atLeast(PartnershipStatus next) {
		return (next.compareTo(this) > 0) ? next : this;
	}

	/** Active or exiting: reports, payments and disputes still happen. */
	public boolean operating() {
		return this == ACTIVE || this == EXITING;
	}

}
