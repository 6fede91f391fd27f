package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/audit-findings/{fid}/response}: the commissioner
 * responds to a finding.
 */
public record RespondToAuditFindingRequest(String response, Boolean accepted, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.response, "response")
			.maxLength(this.response, 5000, "response")
			.required(this.accepted, "accepted")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
