package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-measures}: the commissioner defines a
 * measure. {@code paymentLinked} empty means no.
 */
public record DefineOutcomeMeasureRequest(String name, MeasureKind kind, String unit, BigDecimal baseline,
		BigDecimal target, Boolean paymentLinked, Money rate, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.name, "name")
			.maxLength(this.name, 200, "name")
			.required(this.kind, "kind")
			.required(this.unit, "unit")
			.maxLength(this.unit, 100, "unit")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

	/** Whether payments depend on the measure. */
	public boolean isPaymentLinked() {
		return Boolean.TRUE.equals(this.paymentLinked);
	}

}
