package org.partnershipledger.events.relational;

/** Why a contract ended. */
public enum TerminationReason {

	EXPIRY, EARLY_BY_AGREEMENT, FOR_BREACH, FOR_CONVENIENCE

}
