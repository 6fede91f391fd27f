package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/** A scheduled review moved to a new due date, for a stated reason; its grace stays. */
@SchemaRevision("1")
public record ReviewPointRescheduled(String partnershipId, String reviewId, LocalDate newDueDate, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
