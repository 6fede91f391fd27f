package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;

/** A service credit, clawback, withholding or release against a payment. */
public record PaymentAdjustment(String adjustmentId, PaymentAdjustmentKind kind, Money amount, String reason,
		Instant adjustedAt, Actor actor) {
}
