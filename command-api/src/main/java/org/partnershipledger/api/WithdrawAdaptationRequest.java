package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/withdrawal}: the proposing
 * party withdraws its adaptation.
 */
public record WithdrawAdaptationRequest(String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
