package org.partnershipledger.command.partnership;

import java.util.List;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;

/** A party as the aggregate remembers it: enough to decide who acts for whom. */
record Party(String partyId, String name, OrganisationIdentifier identifier, List<PartyRole> roles) {

	Party {
		roles = List.copyOf(roles);
	}

	boolean holds(PartyRole role) {
		return this.roles.contains(role);
	}

	/**
	 * Whether its people act as a provider: it holds LEAD_PROVIDER or DELIVERY_PARTNER.
	 */
	boolean isProvider() {
		return this.roles.stream().anyMatch(PartyRole::isProviderRole);
	}

}
