package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

/** A party joined the partnership with the given roles, on the given basis. */
@SchemaRevision("1")
public record PartyJoined(String partnershipId, String partyId, Organisation party, List<PartyRole> roles,
		PartyBasis basis, String reason, Instant occurredAt) implements PartnershipEvent {

	public PartyJoined {
		roles = List.copyOf(roles);
	}

}
