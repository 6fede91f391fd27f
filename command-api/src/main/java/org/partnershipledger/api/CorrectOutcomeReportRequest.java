package org.partnershipledger.api;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/outcome-reports/{rid}/correction}: the reporting
 * provider corrects a report with a new one; the original is never edited.
 */
public record CorrectOutcomeReportRequest(BigDecimal value, String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.value, "value")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.check(this.value == null || this.value.signum() >= 0, "value",
					"An outcome value is a count or amount, not negative")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
