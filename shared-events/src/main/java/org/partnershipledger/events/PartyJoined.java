package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

/**
 * A party joined the partnership with the given roles, on the given basis. Once ACTIVE
 * under a contract, only under an agreed PARTY_CHANGE adaptation
 * ({@code partyChangeAdaptationId}, otherwise {@code null}); {@code backdatingReason}
 * says why it is dated before the latest assessment, where it is ({@code null}
 * otherwise).
 */
@SchemaRevision("1")
public record PartyJoined(String partnershipId, String partyId, Organisation party, List<PartyRole> roles,
		PartyBasis basis, String reason, String partyChangeAdaptationId, String backdatingReason,
		Instant occurredAt) implements PartnershipEvent {

	public PartyJoined {
		roles = List.copyOf(roles);
	}

}
