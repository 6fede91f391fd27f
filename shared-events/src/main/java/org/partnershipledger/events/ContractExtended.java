package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The contract was extended within the extent its period allows; {@code backdatingReason}
 * says why it is dated before the latest assessment, where it is ({@code null}
 * otherwise).
 */
@SchemaRevision("1")
public record ContractExtended(String partnershipId, String contractId, LocalDate previousEndDate, LocalDate newEndDate,
		String reason, String backdatingReason, Instant occurredAt) implements PartnershipEvent {

}
