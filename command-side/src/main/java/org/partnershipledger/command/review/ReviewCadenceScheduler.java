package org.partnershipledger.command.review;

import java.time.Clock;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import org.partnershipledger.command.partnership.ReviewCommands.ScheduleNextReview;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;

/**
 * Once a review is held or missed, asks the partnership to schedule the next one of its
 * type by the type's cadence (DOMAIN.md §6); the partnership decides whether one is due.
 * A tracking processor, so a review held or missed while the command side was down is
 * followed up after the restart; the next review's id comes from the previous one's, so a
 * replay schedules nothing twice.
 */
@Component
@ProcessingGroup(ReviewCadenceScheduler.PROCESSING_GROUP)
class ReviewCadenceScheduler {

	static final String PROCESSING_GROUP = "review-cadence";

	private final CommandGateway commands;

	private final Clock clock;

	ReviewCadenceScheduler(CommandGateway commands, Clock clock) {
		this.commands = commands;
		this.clock = clock;
	}

	@EventHandler
	void on(ReviewPointHeld event) {
		scheduleNextAfter(event.partnershipId(), event.reviewId());
	}

	@EventHandler
	void on(ReviewPointMissed event) {
		scheduleNextAfter(event.partnershipId(), event.reviewId());
	}

	private void scheduleNextAfter(String partnershipId, String reviewId) {
		this.commands.sendAndWait(ScheduleNextReview.after(partnershipId, reviewId, this.clock.instant()));
	}

}
