package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The contract was extended within the extent its period allows.
 */
@SchemaRevision("1")
public record ContractExtended(String partnershipId, String contractId, LocalDate previousEndDate, LocalDate newEndDate,
		String reason, Instant occurredAt) implements PartnershipEvent {

}
