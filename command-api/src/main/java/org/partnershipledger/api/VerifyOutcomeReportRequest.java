package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-reports/{rid}/verification}: the
 * commissioner verifies a report.
 */
public record VerifyOutcomeReportRequest(String notes, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().maxLength(this.notes, 5000, "notes").notInFuture(this.occurredAt, clock).list();
	}

}
