package org.partnershipledger.query.identity;

import java.time.Instant;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.Organisation;

/** A person who may sign in, without their password hash. */
public record UserAccount(String username, String displayName, UserRole role, Organisation organisation,
		boolean enabled, Instant createdAt) {

	public Identity identity() {
		return new Identity(this.username, this.displayName, this.role, this.organisation);
	}

}
