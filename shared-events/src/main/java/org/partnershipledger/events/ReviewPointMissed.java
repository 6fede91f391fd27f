package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A review was not held by {@code dueDate + graceDays}. occurredAt is the end of the last
 * day of grace; detectedAt is when the ledger noticed, possibly later if it was down.
 */
@SchemaRevision("1")
public record ReviewPointMissed(String partnershipId, String reviewId, LocalDate dueDate, int graceDays,
		Instant detectedAt, Instant occurredAt) implements PartnershipEvent {

}
