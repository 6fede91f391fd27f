package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.ContractCommands.ClosePartnership;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.TerminateContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * A contract's changes and the exit on the internal API: variations, extension,
 * termination, the end of an alignment instrument and closure.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}")
class ContractCommandController {

	private final CommandSupport support;

	ContractCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping("/contract-variations")
	ResponseEntity<Accepted> vary(Identity identity, @PathVariable String partnershipId,
			@RequestBody VaryContractRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String variationId = newId();
		long version = this.support.send(new VaryContract(partnershipId, variationId, identity, request, occurredAt));
		return created(partnershipId + "/contract-variations/" + variationId,
				Accepted.variation(partnershipId, variationId, version));
	}

	@PostMapping("/contract/extension")
	ResponseEntity<Accepted> extend(Identity identity, @PathVariable String partnershipId,
			@RequestBody ExtendContractRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new ExtendContract(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/contract", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/contract/termination")
	ResponseEntity<Accepted> terminate(Identity identity, @PathVariable String partnershipId,
			@RequestBody TerminateContractRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new TerminateContract(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/contract", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/alignment-instrument/ending")
	ResponseEntity<Accepted> endInstrument(Identity identity, @PathVariable String partnershipId,
			@RequestBody EndAlignmentInstrumentRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new EndAlignmentInstrument(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/alignment-instrument", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/closure")
	ResponseEntity<Accepted> close(Identity identity, @PathVariable String partnershipId,
			@RequestBody ClosePartnershipRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new ClosePartnership(partnershipId, identity, request, occurredAt));
		return created(partnershipId, Accepted.partnership(partnershipId, version));
	}

}
