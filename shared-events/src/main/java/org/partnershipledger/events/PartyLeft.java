package org.partnershipledger.events;

import java.time.Instant;

/**
 * A party left the partnership. Once ACTIVE under a contract, only under an agreed
 * PARTY_CHANGE adaptation; {@code backdatingReason} says why it is dated before the
 * latest assessment, where it is ({@code null} otherwise).
 */
@SchemaRevision("1")
public record PartyLeft(String partnershipId, String partyId, String reason, String partyChangeAdaptationId,
		String backdatingReason, Instant occurredAt) implements PartnershipEvent {

}
