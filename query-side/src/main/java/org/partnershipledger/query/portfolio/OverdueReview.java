package org.partnershipledger.query.portfolio;

import java.time.LocalDate;

import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.query.partnership.Review;

/**
 * A review still not held after its last day of grace: which one, so the dashboard can
 * say more than a count.
 */
public record OverdueReview(String reviewId, ReviewType type, LocalDate dueDate, LocalDate lastDayOfGrace) {

	static OverdueReview of(Review review) {
		return new OverdueReview(review.reviewId(), review.type(), review.dueDate(), review.lastDayOfGrace());
	}

}
