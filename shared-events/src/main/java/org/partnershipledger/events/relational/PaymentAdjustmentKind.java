package org.partnershipledger.events.relational;

/** How a payment was adjusted after it was scheduled or made. */
public enum PaymentAdjustmentKind {

	SERVICE_CREDIT, CLAWBACK, WITHHELD, RELEASED

}
