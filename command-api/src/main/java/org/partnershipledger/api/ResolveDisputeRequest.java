package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/disputes/{did}/resolution}: the commissioner
 * records a resolution agreed by every party to the dispute.
 */
public record ResolveDisputeRequest(List<String> agreedByPartyIds, String resolution, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.agreedByPartyIds, "agreedByPartyIds")
			.noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.required(this.resolution, "resolution")
			.maxLength(this.resolution, 5000, "resolution")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
