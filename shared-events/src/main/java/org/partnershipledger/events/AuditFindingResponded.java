package org.partnershipledger.events;

import java.time.Instant;

/**
 * The commissioner responded to an audit finding.
 */
@SchemaRevision("1")
public record AuditFindingResponded(String partnershipId, String findingId, String response, boolean accepted,
		Instant occurredAt) implements PartnershipEvent {

}
