package org.partnershipledger.query.access;

import java.time.Duration;

/**
 * The person registered this partnership and asked for a version of it, but the views do
 * not show it yet: the API answers 503 with {@code Retry-After}, a page says it is being
 * processed. Only the one who registered it is told this; anyone else is told "not
 * found", as for any id they may not see.
 */
public class NotProjectedYetException extends RuntimeException {

	private final String partnershipId;

	private final Duration retryAfter;

	NotProjectedYetException(String partnershipId, Duration retryAfter) {
		super("Partnership " + partnershipId + " has been recorded but is still being processed; ask again in "
				+ retryAfter.toSeconds() + " seconds");
		this.partnershipId = partnershipId;
		this.retryAfter = retryAfter;
	}

	public String partnershipId() {
		return this.partnershipId;
	}

	public Duration retryAfter() {
		return this.retryAfter;
	}

}
