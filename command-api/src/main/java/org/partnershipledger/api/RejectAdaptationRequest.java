package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/rejection}, with the reasons.
 */
public record RejectAdaptationRequest(String reasons, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.reasons, "reasons")
			.maxLength(this.reasons, 5000, "reasons")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
