package org.partnershipledger.command.review;

import java.time.Clock;
import java.time.Instant;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.partnershipledger.command.partnership.PartnershipAlreadyClosed;
import org.partnershipledger.command.partnership.ReviewAlreadySettled;
import org.partnershipledger.command.partnership.ReviewCommands.MarkReviewPointMissed;

/**
 * Records as missed every open review whose deadline has passed, as the ledger itself
 * (actor SYSTEM). The partnership accepts a review's miss once; a refusal because it was
 * already held or missed ({@link ReviewAlreadySettled}), or because the partnership
 * closed ({@link PartnershipAlreadyClosed}), means the table is behind the event store,
 * so the row is closed. Any other refusal (for example a new due date not yet in the
 * table) leaves the row for the processor to correct and the next sweep.
 */
@Component
public class MissedReviewSweep {

	private static final Logger log = LoggerFactory.getLogger(MissedReviewSweep.class);

	private final ReviewDeadlines deadlines;

	private final CommandGateway commands;

	private final Clock clock;

	private final ReviewSettings settings;

	MissedReviewSweep(ReviewDeadlines deadlines, CommandGateway commands, Clock clock, ReviewSettings settings) {
		this.deadlines = deadlines;
		this.commands = commands;
		this.clock = clock;
		this.settings = settings;
	}

	@Scheduled(fixedDelayString = "${ledger.reviews.sweep-interval:1m}",
			initialDelayString = "${ledger.reviews.sweep-interval:1m}")
	void onSchedule() {
		if (this.settings.sweepEnabled()) {
			sweep();
		}
	}

	/** One sweep, now; answers how many reviews it recorded as missed. */
	public int sweep() {
		Instant now = this.clock.instant();
		int recorded = 0;
		for (OverdueReview overdue : this.deadlines.overdueAt(now, this.settings.sweepBatchSize())) {
			if (markMissed(overdue, now)) {
				recorded++;
			}
		}
		return recorded;
	}

	private boolean markMissed(OverdueReview overdue, Instant now) {
		try {
			this.commands.sendAndWait(MarkReviewPointMissed.bySystem(overdue.partnershipId(), overdue.reviewId(), now));
			this.deadlines.close(overdue.partnershipId(), overdue.reviewId());
			log.info("Review {} of partnership {} recorded as missed", overdue.reviewId(), overdue.partnershipId());
			return true;
		}
		catch (ReviewAlreadySettled | PartnershipAlreadyClosed settled) {
			this.deadlines.close(overdue.partnershipId(), overdue.reviewId());
			return false;
		}
		catch (RuntimeException ex) {
			log.warn("Review {} of partnership {} not recorded as missed, tried again at the next sweep: {}",
					overdue.reviewId(), overdue.partnershipId(), ex.getMessage());
			return false;
		}
	}

}
