package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-reports/{rid}/query}: the commissioner
 * queries a report.
 */
public record QueryOutcomeReportRequest(String question, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.question, "question")
			.maxLength(this.question, 5000, "question")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
