package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/implementation}: an agreed
 * adaptation was put into effect.
 */
public record ImplementAdaptationRequest(LocalDate implementedOn, String notes, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.implementedOn, "implementedOn")
			.maxLength(this.notes, 5000, "notes")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
