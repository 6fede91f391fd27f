package org.partnershipledger.events.model;

/** The kind of authority under which something was done. */
public enum AuthorityType {

	CONTRACT_CLAUSE, GOVERNANCE_DELEGATION, BOARD_DECISION, STATUTORY_GROUND, OFFICER_DELEGATION, NONE

}
