package org.partnershipledger.command.api;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.LedgerRequest;
import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AssessmentRecorded;
import org.partnershipledger.command.partnership.ModelChoiceRecorded;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;

/**
 * The command side's internal API, called only by the web app with the signed-in person's
 * identity. Each command answers 201 with the partnership's new version and a Location on
 * the public API.
 */
@RestController
@RequestMapping("/internal/v1/partnerships")
class PartnershipCommandController {

	private static final String PUBLIC_PATH = "/api/v1/partnerships/";

	private final CommandGateway commands;

	private final CommandSupport support;

	PartnershipCommandController(CommandGateway commands, CommandSupport support) {
		this.commands = commands;
		this.support = support;
	}

	@PostMapping
	ResponseEntity<Accepted> register(Identity identity, @RequestBody RegisterPartnershipRequest request) {
		Instant occurredAt = validOccurredAt(request);
		String partnershipId = newId();
		this.commands.sendAndWait(new RegisterPartnership(partnershipId, newId(), identity, request, occurredAt));
		return created(PUBLIC_PATH + partnershipId, Accepted.partnership(partnershipId, 0));
	}

	@PostMapping("/{partnershipId}/parties")
	ResponseEntity<Accepted> addParty(Identity identity, @PathVariable String partnershipId,
			@RequestBody AddPartyRequest request) {
		Instant occurredAt = validOccurredAt(request);
		String partyId = newId();
		long version = this.commands
			.<Long>sendAndWait(new AddParty(partnershipId, partyId, identity, request, occurredAt));
		return created(PUBLIC_PATH + partnershipId + "/parties/" + partyId,
				Accepted.party(partnershipId, partyId, version));
	}

	@PostMapping("/{partnershipId}/assessments")
	ResponseEntity<Accepted> assess(Identity identity, @PathVariable String partnershipId,
			@RequestBody AssessServiceCharacteristicsRequest request) {
		Instant occurredAt = validOccurredAt(request);
		String assessmentId = newId();
		AssessmentRecorded recorded = this.commands
			.sendAndWait(new AssessServiceCharacteristics(partnershipId, assessmentId, identity, request, occurredAt));
		return created(PUBLIC_PATH + partnershipId + "/assessments/" + assessmentId,
				Accepted.assessment(partnershipId, assessmentId, recorded.version(), recorded.recommendation()));
	}

	@PostMapping("/{partnershipId}/model-choices")
	ResponseEntity<Accepted> chooseModel(Identity identity, @PathVariable String partnershipId,
			@RequestBody ChoosePartnershipModelRequest request) {
		Instant occurredAt = validOccurredAt(request);
		String decisionId = newId();
		ModelChoiceRecorded recorded = this.commands
			.sendAndWait(new ChoosePartnershipModel(partnershipId, decisionId, identity, request, occurredAt));
		return created(PUBLIC_PATH + partnershipId + "/model-choices/" + decisionId, Accepted.modelChoice(partnershipId,
				decisionId, recorded.version(), recorded.departsFromRecommendation()));
	}

	private Instant validOccurredAt(LedgerRequest request) {
		return this.support.validOccurredAt(request);
	}

	private static String newId() {
		return UUID.randomUUID().toString();
	}

	private static ResponseEntity<Accepted> created(String location, Accepted body) {
		return ResponseEntity.created(URI.create(location)).body(body);
	}

}
