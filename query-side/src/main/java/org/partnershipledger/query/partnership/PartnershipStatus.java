package org.partnershipledger.query.partnership;

/** Where a partnership stands in its life, as DOMAIN.md §3 orders it. */
public enum PartnershipStatus {

	REGISTERED, ASSESSED, MODEL_CHOSEN, ACTIVE, EXITING, CLOSED;

	/** This status, or {@code next} if that is further along. */
	PartnershipStatus atLeast(PartnershipStatus next) {
		return (next.compareTo(this) > 0) ? next : this;
	}

}
