package org.partnershipledger.events.relational;

/** How serious an audit finding is. */
public enum FindingSeverity {

	LOW, MEDIUM, HIGH

}
