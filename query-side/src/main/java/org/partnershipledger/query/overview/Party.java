package org.partnershipledger.query.overview;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

/**
 * A party of a partnership as the overview shows it.
 *
 * @param basis {@code null} for the commissioning party, which registered the partnership
 */
public record Party(String partyId, String name, OrganisationIdentifier identifier, List<PartyRole> roles,
		PartyBasis basis, String reason, Instant joinedAt) {

	public Party {
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

	public boolean holds(PartyRole role) {
		return this.roles.contains(role);
	}

}
