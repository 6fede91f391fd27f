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

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * The life of an adaptation, from proposal to the evaluation of its effect. Each command
 * is forwarded to the same path on the command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}/adaptations")
@Tag(name = "Commands")
class AdaptationCommandApiController {

	private final CommandClient commands;

	AdaptationCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Propose an adaptation (commissioner, or a provider for its own party; the partnership "
			+ "must be ACTIVE)")
	ResponseEntity<Object> propose(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ProposeAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations", request, partnershipId);
	}

	@PostMapping("/{adaptationId}/assessment")
	@Operation(summary = "Assess an adaptation: legal ground, substantial-modification risk, contract change notice "
			+ "(commissioner; the cumulative change is computed)")
	ResponseEntity<Object> assess(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody AssessAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/assessment", request, partnershipId, adaptationId);
	}

	@PostMapping("/{adaptationId}/agreement")
	@Operation(summary = "Record the agreement of an adaptation by a governance body, with approvals from every "
			+ "affected party (422 when beyond the body's delegation)")
	ResponseEntity<Object> agree(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody AgreeAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/agreement", request, partnershipId, adaptationId);
	}

	@PostMapping("/{adaptationId}/rejection")
	@Operation(summary = "Reject an adaptation (commissioner, or a provider whose obligations it changes)")
	ResponseEntity<Object> reject(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody RejectAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/rejection", request, partnershipId, adaptationId);
	}

	@PostMapping("/{adaptationId}/withdrawal")
	@Operation(summary = "Withdraw an adaptation (only the proposing party)")
	ResponseEntity<Object> withdraw(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody WithdrawAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/withdrawal", request, partnershipId, adaptationId);
	}

	@PostMapping("/{adaptationId}/implementation")
	@Operation(summary = "Record that an agreed adaptation was implemented (provider for service changes, "
			+ "commissioner for the others)")
	ResponseEntity<Object> implement(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody ImplementAdaptationRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/implementation", request, partnershipId,
				adaptationId);
	}

	@PostMapping("/{adaptationId}/evaluation")
	@Operation(summary = "Evaluate the effect of an implemented adaptation")
	ResponseEntity<Object> evaluate(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String adaptationId, @RequestBody EvaluateAdaptationEffectRequest request) {
		return forward(user, "/partnerships/{id}/adaptations/{aid}/evaluation", request, partnershipId, adaptationId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
