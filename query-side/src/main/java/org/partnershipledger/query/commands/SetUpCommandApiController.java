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

import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * The commands that set a partnership up for its relational life: the contract or
 * alignment instrument, the shared vision, guiding principles and governance, outcome
 * measures, and a party's departure. Each is forwarded to the same path on the command
 * side, which holds every rule; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}")
@Tag(name = "Commands")
class SetUpCommandApiController {

	private final CommandClient commands;

	SetUpCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping("/parties/{partyId}/departure")
	@Operation(summary = "Record that a party left (commissioner; once active under a contract, name an agreed "
			+ "PARTY_CHANGE adaptation)")
	ResponseEntity<Object> removeParty(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String partyId, @RequestBody RemovePartyRequest request) {
		return forward(user, "/partnerships/{id}/parties/{partyId}/departure", request, partnershipId, partyId);
	}

	@PostMapping("/contract")
	@Operation(summary = "Record the concluded contract; the partnership becomes ACTIVE (commissioner; not for an "
			+ "alignment partnership; a formal-relational one needs vision, principles and governance first)")
	ResponseEntity<Object> concludeContract(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestBody ConcludeContractRequest request) {
		return forward(user, "/partnerships/{id}/contract", request, partnershipId);
	}

	@PostMapping("/alignment-instrument")
	@Operation(summary = "Record the adopted alignment instrument; the partnership becomes ACTIVE (joint decision "
			+ "recorded by the commissioner; alignment partnerships only)")
	ResponseEntity<Object> adoptAlignmentInstrument(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestBody AdoptAlignmentInstrumentRequest request) {
		return forward(user, "/partnerships/{id}/alignment-instrument", request, partnershipId);
	}

	@PostMapping("/vision")
	@Operation(summary = "Record a new version of the shared vision (joint decision naming the parties who agreed)")
	ResponseEntity<Object> agreeVision(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody AgreeSharedVisionRequest request) {
		return forward(user, "/partnerships/{id}/vision", request, partnershipId);
	}

	@PostMapping("/principles")
	@Operation(summary = "Record a new version of the guiding principles (joint decision)")
	ResponseEntity<Object> agreePrinciples(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody AgreeGuidingPrinciplesRequest request) {
		return forward(user, "/partnerships/{id}/principles", request, partnershipId);
	}

	@PostMapping("/governance")
	@Operation(summary = "Record a new version of the governance arrangements: bodies, delegations and the "
			+ "dispute ladder (joint decision)")
	ResponseEntity<Object> agreeGovernance(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody AgreeGovernanceArrangementsRequest request) {
		return forward(user, "/partnerships/{id}/governance", request, partnershipId);
	}

	@PostMapping("/outcome-measures")
	@Operation(summary = "Define an outcome measure (commissioner; no payment link on an alignment partnership)")
	ResponseEntity<Object> defineMeasure(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody DefineOutcomeMeasureRequest request) {
		return forward(user, "/partnerships/{id}/outcome-measures", request, partnershipId);
	}

	@PostMapping("/outcome-measures/{measureId}/revisions")
	@Operation(summary = "Revise an outcome measure (commissioner; once active, name an agreed "
			+ "OUTCOME_MEASURE_CHANGE adaptation)")
	ResponseEntity<Object> reviseMeasure(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@PathVariable String measureId, @RequestBody ReviseOutcomeMeasureRequest request) {
		return forward(user, "/partnerships/{id}/outcome-measures/{measureId}/revisions", request, partnershipId,
				measureId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
