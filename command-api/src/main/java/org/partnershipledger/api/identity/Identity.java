package org.partnershipledger.api.identity;

import org.partnershipledger.events.model.Organisation;

/**
 * A signed-in person as the web app vouches for them to the command side.
 *
 * @param username the person's username, recorded on events as {@code actor.userId}
 * @param organisation the organisation they belong to ({@code null} only for ADMIN)
 */
public record Identity(String username, String displayName, UserRole role, Organisation organisation) {

	public Identity {
		if (username == null || username.isBlank()) {
			throw new IllegalArgumentException("username must not be blank");
		}
		if (role == null) {
			throw new IllegalArgumentException("role must be given");
		}
		if (organisation == null && role != UserRole.ADMIN) {
			throw new IllegalArgumentException("Everyone but an administrator belongs to an organisation");
		}
	}

}
