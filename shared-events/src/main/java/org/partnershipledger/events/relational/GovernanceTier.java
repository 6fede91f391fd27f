package org.partnershipledger.events.relational;

/** The tier of a governance body, from strategy to day-to-day delivery. */
public enum GovernanceTier {

	STRATEGIC, OPERATIONAL, DELIVERY

}
