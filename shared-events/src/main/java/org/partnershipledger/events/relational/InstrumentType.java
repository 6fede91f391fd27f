package org.partnershipledger.events.relational;

/** The kind of alignment instrument a partnership without a contract adopts. */
public enum InstrumentType {

	MOU, PARTNERSHIP_CHARTER, ALLIANCE_AGREEMENT, TERMS_OF_REFERENCE, DATA_SHARING_AGREEMENT

}
