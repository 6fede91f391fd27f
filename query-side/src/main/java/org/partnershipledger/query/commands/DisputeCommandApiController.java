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

import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Disputes between parties: raised, escalated step by step up the agreed dispute ladder,
 * resolved by every party to them. Each command is forwarded to the same path on the
 * command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/disputes")
@Tag(name = "Commands")
class DisputeCommandApiController {

	private final CommandClient commands;

	DisputeCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Raise a dispute with other parties, naming the principles allegedly breached (a party, "
			+ "for itself); it starts at the first step of the dispute ladder in force")
	ResponseEntity<Object> raise(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody RaiseDisputeRequest request) {
		return forward(user, "/partnerships/{id}/disputes", request, partnershipId);
	}

	@PostMapping("/{disputeId}/escalation")
	@Operation(summary = "Escalate a dispute to the next step of the agreed ladder: joint working group, senior "
			+ "leaders, mediation, expert determination, adjudication or court (a party to it)")
	ResponseEntity<Object> escalate(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String disputeId, @RequestBody EscalateDisputeRequest request) {
		return forward(user, "/partnerships/{id}/disputes/{did}/escalation", request, partnershipId, disputeId);
	}

	@PostMapping("/{disputeId}/resolution")
	@Operation(summary = "Resolve a dispute, agreed by every party to it")
	ResponseEntity<Object> resolve(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String disputeId, @RequestBody ResolveDisputeRequest request) {
		return forward(user, "/partnerships/{id}/disputes/{did}/resolution", request, partnershipId, disputeId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
