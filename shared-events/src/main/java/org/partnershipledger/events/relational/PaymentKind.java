package org.partnershipledger.events.relational;

/**
 * What a payment pays for; an OUTCOME payment is paid only on verified outcome reports.
 */
public enum PaymentKind {

	OUTCOME, MILESTONE, REGULAR, OTHER

}
