package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/alignment-instrument/ending}: an alignment
 * partnership's instrument ends; the partnership is EXITING.
 */
public record EndAlignmentInstrumentRequest(LocalDate endedOn, String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.endedOn, "endedOn")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
