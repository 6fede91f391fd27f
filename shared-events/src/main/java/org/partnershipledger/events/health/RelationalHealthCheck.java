package org.partnershipledger.events.health;

import java.util.List;

/**
 * A relational health check as recorded: the ratings given and the result computed from
 * them once, when it was recorded, so that a later rule version never rewrites history.
 */
public record RelationalHealthCheck(List<PartyRatings> ratings, RelationalHealthResult result) {

	public RelationalHealthCheck {
		ratings = (ratings == null) ? List.of() : List.copyOf(ratings);
	}

}
