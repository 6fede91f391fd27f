package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-measures/{measureId}/revisions}: the
 * commissioner revises a measure (all its fields, as they are to be). Once ACTIVE it
 * names the agreed OUTCOME_MEASURE_CHANGE adaptation.
 */
public record ReviseOutcomeMeasureRequest(String name, MeasureKind kind, String unit, BigDecimal baseline,
		BigDecimal target, Boolean paymentLinked, Money rate, String adaptationId, String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.name, "name")
			.maxLength(this.name, 200, "name")
			.required(this.kind, "kind")
			.required(this.unit, "unit")
			.maxLength(this.unit, 100, "unit")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

	/** Whether payments depend on the measure. */
	public boolean isPaymentLinked() {
		return Boolean.TRUE.equals(this.paymentLinked);
	}

}
