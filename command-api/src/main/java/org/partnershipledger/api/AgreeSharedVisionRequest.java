package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/vision}: the commissioner proposes a new version
 * of the shared vision, a joint decision in force once every party but evaluators has
 * confirmed it. {@code agreedByPartyIds} may be left out; if given, it must name exactly
 * the parties the decision binds.
 */
public record AgreeSharedVisionRequest(String statement, List<String> agreedByPartyIds, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public AgreeSharedVisionRequest {
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.statement, "statement")
			.maxLength(this.statement, 5000, "statement")
			.noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
