package org.partnershipledger.events;

import java.time.Instant;

/**
 * A party left the partnership. Once ACTIVE under a contract, only under an agreed
 * PARTY_CHANGE adaptation.
 */
@SchemaRevision("1")
public record PartyLeft(String partnershipId, String partyId, String reason, String partyChangeAdaptationId,
		Instant occurredAt) implements PartnershipEvent {

}
