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

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * The partnership commands of the public API. Each is forwarded to the command side with
 * the person's identity; its answer (201 with Location, or the problem) is relayed as it
 * is. The command side decides: it holds every rule.
 */
@RestController
@RequestMapping("/api/v1/partnerships")
@Tag(name = "Commands")
class PartnershipCommandApiController {

	private final CommandClient commands;

	PartnershipCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping
	@Operation(summary = "Register a partnership (commissioner; your organisation becomes the commissioning party)")
	ResponseEntity<Object> register(@AuthenticationPrincipal LedgerUser user,
			@RequestBody RegisterPartnershipRequest request) {
		return CommandResponses.relay(this.commands.register(user.identity(), request));
	}

	@PostMapping("/{partnershipId}/parties")
	@Operation(summary = "Add a party (commissioner)")
	ResponseEntity<Object> addParty(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody AddPartyRequest request) {
		return CommandResponses.relay(this.commands.addParty(user.identity(), partnershipId, request));
	}

	@PostMapping("/{partnershipId}/assessments")
	@Operation(summary = "Assess the service against the framework; the answer carries the recommendation")
	ResponseEntity<Object> assess(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody AssessServiceCharacteristicsRequest request) {
		return CommandResponses.relay(this.commands.assess(user.identity(), partnershipId, request));
	}

	@PostMapping("/{partnershipId}/model-choices")
	@Operation(summary = "Choose the partnership model and payment mechanism, based on the latest assessment")
	ResponseEntity<Object> chooseModel(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ChoosePartnershipModelRequest request) {
		return CommandResponses.relay(this.commands.chooseModel(user.identity(), partnershipId, request));
	}

}
