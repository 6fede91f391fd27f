package org.partnershipledger.query.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A personal API token as its owner sees it in the list: never the token itself, only its
 * last characters to recognise it.
 */
public record ApiToken(UUID id, String name, String hint, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {

	public boolean active() {
		return this.revokedAt == null;
	}

}
