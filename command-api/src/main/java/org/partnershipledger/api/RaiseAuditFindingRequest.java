package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.FindingSeverity;

/**
 * {@code POST /api/v1/partnerships/{id}/audit-findings}: an auditor raises a finding.
 */
public record RaiseAuditFindingRequest(String scope, LocalDate asOf, String finding, FindingSeverity severity,
		String recommendation, List<String> eventRefs, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public RaiseAuditFindingRequest {
		eventRefs = (eventRefs == null) ? List.of() : List.copyOf(eventRefs);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.scope, "scope")
			.maxLength(this.scope, 500, "scope")
			.required(this.asOf, "asOf")
			.required(this.finding, "finding")
			.maxLength(this.finding, 5000, "finding")
			.required(this.severity, "severity")
			.maxLength(this.recommendation, 5000, "recommendation")
			.noEmptyValues(this.eventRefs, "eventRefs")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
