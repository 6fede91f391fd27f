package org.partnershipledger.events.model;

/** On what basis a party takes part. */
public enum PartyBasis {

	CONTRACT, SUBCONTRACT, MOU, ALLIANCE_AGREEMENT, STATUTORY_DUTY

}
