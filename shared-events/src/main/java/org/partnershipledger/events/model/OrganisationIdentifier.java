package org.partnershipledger.events.model;

/**
 * An organisation's identifier in an org-id.guide scheme, such as {@code GB-LAC} for
 * councils or {@code GB-CHC} for charities.
 */
public record OrganisationIdentifier(String scheme, String id) {

	public OrganisationIdentifier {
		Require.text(scheme, "scheme");
		Require.text(id, "id");
		scheme = scheme.strip().toUpperCase(java.util.Locale.ROOT);
		id = id.strip();
	}

	@Override
	public String toString() {
		return this.scheme + "-" + this.id;
	}

}
