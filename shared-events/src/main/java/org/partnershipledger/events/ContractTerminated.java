package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.relational.TerminationReason;

/**
 * The contract ended: the partnership is EXITING.
 */
@SchemaRevision("1")
public record ContractTerminated(String partnershipId, String contractId, TerminationReason reason,
		LocalDate terminationDate, String explanation, Instant occurredAt) implements PartnershipEvent {

}
