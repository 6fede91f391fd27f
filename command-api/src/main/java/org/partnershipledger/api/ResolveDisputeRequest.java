package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/disputes/{did}/resolution}: the commissioner
 * proposes a resolution, a joint decision in force once every party to the dispute has
 * confirmed it. {@code agreedByPartyIds} may be left out; if given, it must name exactly
 * the parties to the dispute.
 */
public record ResolveDisputeRequest(List<String> agreedByPartyIds, String resolution, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public ResolveDisputeRequest {
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.required(this.resolution, "resolution")
			.maxLength(this.resolution, 5000, "resolution")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
