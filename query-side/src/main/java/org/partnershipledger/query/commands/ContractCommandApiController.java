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

import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.query.identity.LedgerUser;

/**
 * Contract change and exit: variations, extension, termination, the end of an alignment
 * instrument and the partnership's closure. Each command is forwarded to the same path on
 * the command side; its answer is relayed as it is.
 */
@RestController
@RequestMapping("/api/v1/partnerships/{partnershipId}")
@Tag(name = "Commands")
class ContractCommandApiController {

	private final CommandClient commands;

	ContractCommandApiController(CommandClient commands) {
		this.commands = commands;
	}

	@PostMapping("/contract-variations")
	@Operation(summary = "Vary the contract under an agreed adaptation (commissioner): the value and term after, "
			+ "the legal ground and the contract change notice; the value and term before and every percentage "
			+ "change, this one and cumulative against the original contract, are computed")
	ResponseEntity<Object> vary(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody VaryContractRequest request) {
		return forward(user, "/partnerships/{id}/contract-variations", request, partnershipId);
	}

	@PostMapping("/contract/extension")
	@Operation(summary = "Extend the contract within the extent its period allows (commissioner)")
	ResponseEntity<Object> extend(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ExtendContractRequest request) {
		return forward(user, "/partnerships/{id}/contract/extension", request, partnershipId);
	}

	@PostMapping("/contract/termination")
	@Operation(summary = "End the contract (expiry, early by agreement, for breach or for convenience); the "
			+ "partnership becomes EXITING (commissioner)")
	ResponseEntity<Object> terminate(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody TerminateContractRequest request) {
		return forward(user, "/partnerships/{id}/contract/termination", request, partnershipId);
	}

	@PostMapping("/alignment-instrument/ending")
	@Operation(summary = "End an alignment partnership's instrument; the partnership becomes EXITING (commissioner)")
	ResponseEntity<Object> endInstrument(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody EndAlignmentInstrumentRequest request) {
		return forward(user, "/partnerships/{id}/alignment-instrument/ending", request, partnershipId);
	}

	@PostMapping("/closure")
	@Operation(summary = "Close an exiting partnership with a summary and its lessons; afterwards only audit and "
			+ "transparency events are accepted (commissioner)")
	ResponseEntity<Object> close(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestBody ClosePartnershipRequest request) {
		return forward(user, "/partnerships/{id}/closure", request, partnershipId);
	}

	private ResponseEntity<Object> forward(LedgerUser user, String template, Object request, Object... variables) {
		return CommandResponses
			.relay(this.commands.send(user.identity(), CommandClient.internalPath(template, variables), request));
	}

}
