package org.partnershipledger.events.relational;

/** How formal an adaptation is: a FORMAL_VARIATION amends the contract. */
public enum AdaptationFormality {

	OPERATIONAL, GOVERNANCE_DECISION, FORMAL_VARIATION

}
