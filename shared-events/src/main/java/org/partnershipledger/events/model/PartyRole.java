package org.partnershipledger.events.model;

/** The roles a party can hold in a partnership. */
public enum PartyRole {

	COMMISSIONER, LEAD_PROVIDER, DELIVERY_PARTNER, FUNDER, INVESTOR, STATUTORY_PARTNER, EVALUATOR;

	/** Whether a person of a PROVIDER organisation acts for a party with this role. */
	public boolean isProviderRole() {
		return this == LEAD_PROVIDER || this == DELIVERY_PARTNER;
	}

}
