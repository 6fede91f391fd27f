package org.partnershipledger.events.relational;

/** A relational clause a contract may include. */
public enum RelationalClause {

	VISION, GUIDING_PRINCIPLES, GOVERNANCE, CHANGE_MECHANISM, OPEN_BOOK, DISPUTE_LADDER, RELATIONAL_HEALTH_CHECK

}
