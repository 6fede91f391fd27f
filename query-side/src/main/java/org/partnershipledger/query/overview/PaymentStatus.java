package org.partnershipledger.query.overview;

/** Whether a payment is still to be made. */
public enum PaymentStatus {

	SCHEDULED, MADE

}
