package org.partnershipledger.command.review;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;

/**
 * Keeps {@code review_deadline} from the event store, in store order, from a tracking
 * token in the same database: after downtime it catches up before anything is lost, and a
 * review whose deadline passed meanwhile is found by the next sweep.
 */
@Component
@ProcessingGroup(ReviewDeadlineProjection.PROCESSING_GROUP)
class ReviewDeadlineProjection {

	static final String PROCESSING_GROUP = "review-deadlines";

	private final ReviewDeadlines deadlines;

	ReviewDeadlineProjection(ReviewDeadlines deadlines) {
		this.deadlines = deadlines;
	}

	@EventHandler
	void on(ReviewPointScheduled event) {
		this.deadlines.open(event.partnershipId(), event.reviewId(), event.dueDate(), event.graceDays());
	}

	@EventHandler
	void on(ReviewPointRescheduled event) {
		this.deadlines.move(event.partnershipId(), event.reviewId(), event.newDueDate());
	}

	@EventHandler
	void on(ReviewPointHeld event) {
		this.deadlines.close(event.partnershipId(), event.reviewId());
	}

	@EventHandler
	void on(ReviewPointMissed event) {
		this.deadlines.close(event.partnershipId(), event.reviewId());
	}

	/** A closed partnership holds no more reviews, and misses none. */
	@EventHandler
	void on(PartnershipClosed event) {
		this.deadlines.closeAll(event.partnershipId());
	}

}
