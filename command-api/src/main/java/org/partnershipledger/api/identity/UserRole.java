package org.partnershipledger.api.identity;

import org.partnershipledger.events.model.ActorRole;

/** A person's role. ADMIN manages organisations and people and acts on no partnership. */
public enum UserRole {

	COMMISSIONER, PROVIDER, AUDITOR, ADMIN;

	/** The role recorded on events; ADMIN has none. */
	public ActorRole actorRole() {
		return switch (this) {
			case COMMISSIONER -> ActorRole.COMMISSIONER;
			case PROVIDER -> ActorRole.PROVIDER;
			case AUDITOR -> ActorRole.AUDITOR;
			case ADMIN -> throw new IllegalStateException("An administrator acts on no partnership");
		};
	}

}
