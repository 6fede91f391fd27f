package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;

/**
 * {@code POST /api/v1/partnerships/{id}/payments/{pid}/adjustments}: the commissioner
 * adjusts a payment.
 */
public record AdjustPaymentRequest(PaymentAdjustmentKind kind, Money amount, String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.kind, "kind")
			.required(this.amount, "amount")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
