package org.partnershipledger.events;

import java.time.Instant;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;

/**
 * A payment was adjusted: a service credit, a clawback, an amount withheld or released.
 */
@SchemaRevision("1")
public record PaymentAdjusted(String partnershipId, String paymentId, String adjustmentId, PaymentAdjustmentKind kind,
		Money amount, String reason, Instant occurredAt) implements PartnershipEvent {

}
