package org.partnershipledger.events.model;

/** A party of a partnership: its id within the partnership, name and identifier. */
public record PartyRef(String partyId, String name, OrganisationIdentifier identifier) {

	public PartyRef {
		Require.text(partyId, "partyId");
		Require.text(name, "name");
		Require.present(identifier, "identifier");
	}

}
