package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.DisputeStep;

/**
 * {@code POST /api/v1/partnerships/{id}/disputes/{did}/escalation}: a disputing party
 * moves the dispute to the next step of the agreed ladder. A business date before the
 * latest assessment needs a {@code backdatingReason}.
 */
public record EscalateDisputeRequest(DisputeStep toStep, String reason, String backdatingReason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.toStep, "toStep")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
