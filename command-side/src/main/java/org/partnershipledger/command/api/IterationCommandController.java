package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * A provider's test-and-learn iterations on the internal API: started and concluded, or
 * recorded in one step. Every answer's Location is the iteration.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/iterations")
class IterationCommandController {

	private final CommandSupport support;

	IterationCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> start(Identity identity, @PathVariable String partnershipId,
			@RequestBody StartIterationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String iterationId = newId();
		return answer(partnershipId, iterationId,
				this.support.send(new StartIteration(partnershipId, iterationId, identity, request, occurredAt)));
	}

	@PostMapping("/{iterationId}/conclusion")
	ResponseEntity<Accepted> conclude(Identity identity, @PathVariable String partnershipId,
			@PathVariable String iterationId, @RequestBody ConcludeIterationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, iterationId,
				this.support.send(new ConcludeIteration(partnershipId, iterationId, identity, request, occurredAt)));
	}

	@PostMapping("/recorded")
	ResponseEntity<Accepted> record(Identity identity, @PathVariable String partnershipId,
			@RequestBody RecordIterationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String iterationId = newId();
		return answer(partnershipId, iterationId,
				this.support.send(new RecordIteration(partnershipId, iterationId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String iterationId, long version) {
		return created(partnershipId + "/iterations/" + iterationId,
				Accepted.iteration(partnershipId, iterationId, version));
	}

}
