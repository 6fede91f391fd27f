package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * Disputes on the internal API: raised, escalated along the agreed ladder, resolved.
 * Every answer's Location is the dispute.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/disputes")
class DisputeCommandController {

	private final CommandSupport support;

	DisputeCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> raise(Identity identity, @PathVariable String partnershipId,
			@RequestBody RaiseDisputeRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String disputeId = newId();
		return answer(partnershipId, disputeId,
				this.support.send(new RaiseDispute(partnershipId, disputeId, identity, request, occurredAt)));
	}

	@PostMapping("/{disputeId}/escalation")
	ResponseEntity<Accepted> escalate(Identity identity, @PathVariable String partnershipId,
			@PathVariable String disputeId, @RequestBody EscalateDisputeRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, disputeId,
				this.support.send(new EscalateDispute(partnershipId, disputeId, identity, request, occurredAt)));
	}

	@PostMapping("/{disputeId}/resolution")
	ResponseEntity<Accepted> resolve(Identity identity, @PathVariable String partnershipId,
			@PathVariable String disputeId, @RequestBody ResolveDisputeRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, disputeId,
				this.support.send(new ResolveDispute(partnershipId, disputeId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String disputeId, long version) {
		return created(partnershipId + "/disputes/" + disputeId, Accepted.dispute(partnershipId, disputeId, version));
	}

}
