package org.partnershipledger.query.commands;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Review points: scheduled, moved, held and their minutes confirmed. A missed review is
 * recorded by the ledger itself, not through the API. Each command is forwarded to the
 * same path on the command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/reviews")
@Tag(name = "Commands")
class ReviewCommandApiController {

	private final CommandClient commands;

	ReviewCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Schedule a review point (commissioner): type, due date and grace in days (14 unless "
			+ "given); it counts as missed once the due date plus the grace has passed without it being held")
	ResponseEntity<Object> schedule(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ScheduleReviewRequest request) {
		return forward(user, "/partnerships/{id}/reviews", request, partnershipId);
	}

	@PostMapping("/{reviewId}/rescheduling")
	@Operation(summary = "Move a scheduled review to a new due date, with the reason (commissioner)")
	ResponseEntity<Object> reschedule(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reviewId, @RequestBody RescheduleReviewRequest request) {
		return forward(user, "/partnerships/{id}/reviews/{rid}/rescheduling", request, partnershipId, reviewId);
	}

	@PostMapping("/{reviewId}/held")
	@Operation(summary = "Record a held review: attendees, decisions, actions, performance rating and, optionally, "
			+ "each party's relational health ratings, scored by rule RHC-1 (commissioner)")
	ResponseEntity<Object> hold(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reviewId, @RequestBody HoldReviewRequest request) {
		return forward(user, "/partnerships/{id}/reviews/{rid}/held", request, partnershipId, reviewId);
	}

	@PostMapping("/{reviewId}/minutes-confirmation")
	@Operation(summary = "Confirm a held review's minutes for your own party, once, with any dissent "
			+ "(commissioner or provider)")
	ResponseEntity<Object> confirmMinutes(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String reviewId, @RequestBody ConfirmReviewMinutesRequest request) {
		return forward(user, "/partnerships/{id}/reviews/{rid}/minutes-confirmation", request, partnershipId, reviewId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
