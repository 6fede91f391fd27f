package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.command.partnership.ReviewCommands.HoldReview;
import org.partnershipledger.command.partnership.ReviewCommands.RescheduleReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleReview;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * Review points on the internal API: scheduled, rescheduled, held, minutes confirmed. A
 * missed review is recorded by the ledger itself (the sweep), not through this API. Every
 * answer's Location is the review.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/reviews")
class ReviewCommandController {

	private final CommandSupport support;

	ReviewCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> schedule(Identity identity, @PathVariable String partnershipId,
			@RequestBody ScheduleReviewRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String reviewId = newId();
		return answer(partnershipId, reviewId,
				this.support.send(new ScheduleReview(partnershipId, reviewId, identity, request, occurredAt)));
	}

	@PostMapping("/{reviewId}/rescheduling")
	ResponseEntity<Accepted> reschedule(Identity identity, @PathVariable String partnershipId,
			@PathVariable String reviewId, @RequestBody RescheduleReviewRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, reviewId,
				this.support.send(new RescheduleReview(partnershipId, reviewId, identity, request, occurredAt)));
	}

	@PostMapping("/{reviewId}/held")
	ResponseEntity<Accepted> hold(Identity identity, @PathVariable String partnershipId, @PathVariable String reviewId,
			@RequestBody HoldReviewRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, reviewId,
				this.support.send(new HoldReview(partnershipId, reviewId, identity, request, occurredAt)));
	}

	@PostMapping("/{reviewId}/minutes-confirmation")
	ResponseEntity<Accepted> confirmMinutes(Identity identity, @PathVariable String partnershipId,
			@PathVariable String reviewId, @RequestBody ConfirmReviewMinutesRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, reviewId,
				this.support.send(new ConfirmReviewMinutes(partnershipId, reviewId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String reviewId, long version) {
		return created(partnershipId + "/reviews/" + reviewId, Accepted.review(partnershipId, reviewId, version));
	}

}
