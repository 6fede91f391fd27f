package org.partnershipledger.command.api;

import java.time.Instant;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.command.partnership.RelationalCommands.DefineOutcomeMeasure;
import org.partnershipledger.command.partnership.RelationalCommands.ReviseOutcomeMeasure;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;

import static org.partnershipledger.command.api.CommandSupport.created;
import static org.partnershipledger.command.api.CommandSupport.newId;

/**
 * The relational basis of a partnership on the internal API: a party's departure, the
 * contract or alignment instrument, vision, principles, governance and outcome measures.
 */
@RestController
@RequestMapping("/internal/v1/partnerships/{partnershipId}")
class RelationalCommandController {

	private final CommandSupport support;

	RelationalCommandController(CommandSupport support) {
		this.support = support;
	}

	@PostMapping("/parties/{partyId}/departure")
	ResponseEntity<Accepted> removeParty(Identity identity, @PathVariable String partnershipId,
			@PathVariable String partyId, @RequestBody RemovePartyRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new RemoveParty(partnershipId, partyId, identity, request, occurredAt));
		return created(partnershipId + "/parties/" + partyId, Accepted.party(partnershipId, partyId, version));
	}

	@PostMapping("/contract")
	ResponseEntity<Accepted> concludeContract(Identity identity, @PathVariable String partnershipId,
			@RequestBody ConcludeContractRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String contractId = newId();
		long version = this.support
			.send(new ConcludeContract(partnershipId, contractId, identity, request, occurredAt));
		return created(partnershipId + "/contract", Accepted.contract(partnershipId, contractId, version));
	}

	@PostMapping("/alignment-instrument")
	ResponseEntity<Accepted> adoptInstrument(Identity identity, @PathVariable String partnershipId,
			@RequestBody AdoptAlignmentInstrumentRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String instrumentId = newId();
		long version = this.support
			.send(new AdoptAlignmentInstrument(partnershipId, instrumentId, identity, request, occurredAt));
		return created(partnershipId + "/alignment-instrument",
				Accepted.instrument(partnershipId, instrumentId, version));
	}

	@PostMapping("/vision")
	ResponseEntity<Accepted> agreeVision(Identity identity, @PathVariable String partnershipId,
			@RequestBody AgreeSharedVisionRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new AgreeSharedVision(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/vision", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/principles")
	ResponseEntity<Accepted> agreePrinciples(Identity identity, @PathVariable String partnershipId,
			@RequestBody AgreeGuidingPrinciplesRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new AgreeGuidingPrinciples(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/principles", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/governance")
	ResponseEntity<Accepted> agreeGovernance(Identity identity, @PathVariable String partnershipId,
			@RequestBody AgreeGovernanceArrangementsRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support.send(new AgreeGovernanceArrangements(partnershipId, identity, request, occurredAt));
		return created(partnershipId + "/governance", Accepted.partnership(partnershipId, version));
	}

	@PostMapping("/outcome-measures")
	ResponseEntity<Accepted> defineMeasure(Identity identity, @PathVariable String partnershipId,
			@RequestBody DefineOutcomeMeasureRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		String measureId = newId();
		long version = this.support
			.send(new DefineOutcomeMeasure(partnershipId, measureId, identity, request, occurredAt));
		return created(partnershipId + "/outcome-measures/" + measureId,
				Accepted.measure(partnershipId, measureId, version));
	}

	@PostMapping("/outcome-measures/{measureId}/revisions")
	ResponseEntity<Accepted> reviseMeasure(Identity identity, @PathVariable String partnershipId,
			@PathVariable String measureId, @RequestBody ReviseOutcomeMeasureRequest request) {
		Instant occurredAt = this.support.validOccurredAt(request);
		long version = this.support
			.send(new ReviseOutcomeMeasure(partnershipId, measureId, identity, request, occurredAt));
		return created(partnershipId + "/outcome-measures/" + measureId,
				Accepted.measure(partnershipId, measureId, version));
	}

}
