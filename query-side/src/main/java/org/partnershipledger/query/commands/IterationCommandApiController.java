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

import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * A provider's test-and-learn iterations. Each command is forwarded to the same path on
 * the command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/iterations")
@Tag(name = "Commands")
class IterationCommandApiController {

	private final CommandClient commands;

	IterationCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Start an iteration (a provider, for its own party; the hypothesis follows the template "
			+ "\u201cWe believe \u2026 will achieve \u2026; we will know when \u2026\u201d)")
	ResponseEntity<Object> start(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody StartIterationRequest request) {
		return forward(user, "/partnerships/{id}/iterations", request, partnershipId);
	}

	@PostMapping("/{iterationId}/conclusion")
	@Operation(summary = "Conclude an iteration: evidence, result, decision and what was learnt (its provider)")
	ResponseEntity<Object> conclude(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String iterationId, @RequestBody ConcludeIterationRequest request) {
		return forward(user, "/partnerships/{id}/iterations/{iid}/conclusion", request, partnershipId, iterationId);
	}

	@PostMapping("/recorded")
	@Operation(summary = "Record a finished iteration in one step (a provider, for its own party)")
	ResponseEntity<Object> record(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody RecordIterationRequest request) {
		return forward(user, "/partnerships/{id}/iterations/recorded", request, partnershipId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
