package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/vision}: the commissioner records the shared
 * vision the named parties agreed (a new version each time).
 */
public record AgreeSharedVisionRequest(String statement, List<String> agreedByPartyIds, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public AgreeSharedVisionRequest {
		agreedByPartyIds = (agreedByPartyIds == null) ? null : List.copyOf(agreedByPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.statement, "statement")
			.maxLength(this.statement, 5000, "statement")
			.required(this.agreedByPartyIds, "agreedByPartyIds")
			.noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
