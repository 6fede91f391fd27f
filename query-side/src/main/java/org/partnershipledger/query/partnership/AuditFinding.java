package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.FindingSeverity;

/**
 * An auditor's finding as of a date, citing the events it rests on, with the
 * commissioner's response once given.
 */
public record AuditFinding(String findingId, String scope, LocalDate asOf, String finding, FindingSeverity severity,
		String recommendation, List<String> eventRefs, Instant raisedAt, Actor raisedBy, AuditResponse response) {

	public AuditFinding {
		eventRefs = (eventRefs == null) ? List.of() : List.copyOf(eventRefs);
	}

	AuditFinding respondedWith(AuditResponse value) {
		return new AuditFinding(this.findingId, this.scope, this.asOf, this.finding, this.severity, this.recommendation,
				this.eventRefs, this.raisedAt, this.raisedBy, value);
	}

}
