package org.partnershipledger.query.partnership;

/** Whether a payment is still to be made. */
public enum PaymentStatus {

	SCHEDULED, MADE

}
