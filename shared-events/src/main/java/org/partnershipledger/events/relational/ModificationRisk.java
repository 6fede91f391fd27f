package org.partnershipledger.events.relational;

/** The risk that an adaptation is a substantial modification of the contract. */
public enum ModificationRisk {

	LOW, MEDIUM, HIGH

}
