package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.FindingSeverity;

/**
 * An auditor's finding about the partnership as of a date, citing the events it rests on.
 * The only change an auditor makes.
 */
@SchemaRevision("1")
public record AuditFindingRaised(String partnershipId, String findingId, String scope, LocalDate asOf, String finding,
		FindingSeverity severity, String recommendation, List<String> eventRefs,
		Instant occurredAt) implements PartnershipEvent {

	public AuditFindingRaised {
		eventRefs = (eventRefs == null) ? List.of() : List.copyOf(eventRefs);
	}

}
