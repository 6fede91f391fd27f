package org.partnershipledger.events;

import java.time.Instant;

/**
 * The commissioner queried an outcome report: it is not paid on until verified.
 */
@SchemaRevision("1")
public record OutcomeReportQueried(String partnershipId, String reportId, String question,
		Instant occurredAt) implements PartnershipEvent {

}
