package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.TerminationReason;

/**
 * {@code POST /api/v1/partnerships/{id}/contract/termination}: the contract ends; the
 * partnership is EXITING.
 */
public record TerminateContractRequest(TerminationReason reason, LocalDate terminationDate, String explanation,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.reason, "reason")
			.required(this.terminationDate, "terminationDate")
			.maxLength(this.explanation, 5000, "explanation")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
