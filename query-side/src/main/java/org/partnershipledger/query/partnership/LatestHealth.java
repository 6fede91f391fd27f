package org.partnershipledger.query.partnership;

import java.time.LocalDate;

import org.partnershipledger.events.health.Rag;

/**
 * The latest relational health check a partnership held: what the dashboard shows of it.
 *
 * @param reviewId the review it was held at
 */
public record LatestHealth(String reviewId, LocalDate heldOn, Rag rag) {

	/** The check held at this review, if it is later than {@code latest}. */
	static LatestHealth later(LatestHealth latest, Review review) {
		if (review.relationalHealth() == null || review.heldOn() == null
				|| (latest != null && review.heldOn().isBefore(latest.heldOn()))) {
			return latest;
		}
		return new LatestHealth(review.reviewId(), review.heldOn(), review.relationalHealth().rag());
	}

}
