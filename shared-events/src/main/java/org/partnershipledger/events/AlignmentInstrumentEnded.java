package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An alignment partnership's instrument ended: the partnership is EXITING.
 */
@SchemaRevision("1")
public record AlignmentInstrumentEnded(String partnershipId, String instrumentId, LocalDate endedOn, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
