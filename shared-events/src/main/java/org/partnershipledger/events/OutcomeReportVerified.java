package org.partnershipledger.events;

import java.time.Instant;

/**
 * The commissioner verified an outcome report: it may now be paid on.
 */
@SchemaRevision("1")
public record OutcomeReportVerified(String partnershipId, String reportId, String notes,
		Instant occurredAt) implements PartnershipEvent {

}
