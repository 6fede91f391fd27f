package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * An adaptation's life on the internal API: proposed, assessed, agreed (or rejected or
 * withdrawn), implemented, evaluated. Every answer's Location is the adaptation.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}/adaptations")
class AdaptationCommandController {

	private final CommandSupport support;

	AdaptationCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> propose(Identity identity, @PathVariable String partnershipId,
			@RequestBody ProposeAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String adaptationId = newId();
		long version = this.support
			.send(new ProposeAdaptation(partnershipId, adaptationId, identity, request, occurredAt));
		return answer(partnershipId, adaptationId, version);
	}

	@PostMapping("/{adaptationId}/assessment")
	ResponseEntity<Accepted> assess(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody AssessAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId,
				this.support.send(new AssessAdaptation(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	@PostMapping("/{adaptationId}/agreement")
	ResponseEntity<Accepted> agree(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody AgreeAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId,
				this.support.send(new AgreeAdaptation(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	@PostMapping("/{adaptationId}/rejection")
	ResponseEntity<Accepted> reject(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody RejectAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId,
				this.support.send(new RejectAdaptation(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	@PostMapping("/{adaptationId}/withdrawal")
	ResponseEntity<Accepted> withdraw(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody WithdrawAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId,
				this.support.send(new WithdrawAdaptation(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	@PostMapping("/{adaptationId}/implementation")
	ResponseEntity<Accepted> implement(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody ImplementAdaptationRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId,
				this.support.send(new ImplementAdaptation(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	@PostMapping("/{adaptationId}/evaluation")
	ResponseEntity<Accepted> evaluate(Identity identity, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody EvaluateAdaptationEffectRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		return answer(partnershipId, adaptationId, this.support
			.send(new EvaluateAdaptationEffect(partnershipId, adaptationId, identity, request, occurredAt)));
	}

	private static ResponseEntity<Accepted> answer(String partnershipId, String adaptationId, long version) {
		return created(partnershipId + "/adaptations/" + adaptationId,
				Accepted.adaptation(partnershipId, adaptationId, version));
	}

}
