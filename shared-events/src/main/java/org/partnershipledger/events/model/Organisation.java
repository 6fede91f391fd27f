package org.partnershipledger.events.model;

/** A named organisation with its identifier. */
public record Organisation(String name, OrganisationIdentifier identifier) {

	public Organisation {
		Require.text(name, "name");
		Require.present(identifier, "identifier");
	}

}
