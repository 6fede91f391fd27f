package org.partnershipledger.events.relational;

/** Whether a payment is still to be made. */
public enum PaymentStatus {

	SCHEDULED, MADE

}
