package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;

/**
 * {@code POST /api/v1/partnerships/{id}/payments/{pid}/made}: the commissioner records a
 * scheduled payment as made.
 */
public record MakePaymentRequest(Money amount, LocalDate paidOn, String reference, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.amount, "amount")
			.required(this.paidOn, "paidOn")
			.maxLength(this.reference, 200, "reference")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
