package org.partnershipledger.events.model;

/**
 * Who did something: the person's username, display name, role, and the party of their
 * organisation in this partnership ({@code null} for auditors and the system).
 */
public record Actor(String userId, String displayName, ActorRole role, String partyId) {

	public Actor {
		Require.text(userId, "userId");
		Require.text(displayName, "displayName");
		Require.present(role, "role");
	}

}
