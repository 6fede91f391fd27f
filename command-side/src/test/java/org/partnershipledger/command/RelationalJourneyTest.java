package org.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * A formal-relational partnership set up and ACTIVE; the provider tests a change,
 * proposes an adaptation from it, the board agrees it within its delegation, the provider
 * puts it into effect and the commissioner evaluates it: all through the internal API,
 * stored and on Kafka in order.
 */
class RelationalJourneyTest extends RelationalIntegrationTest {

	@Test
	void fromContractToAnEvaluatedAdaptationLearntFromAnIteration() {
		Setup setup = formalRelationalChosen();
		agreeBasis(setup);
		ResponseEntity<String> contract = created(post(setup.path("/contract"), COMMISSIONER, contract(setup)));
		assertThat(json(contract).get("contractId").asText()).isNotBlank();
		assertThat(contract.getHeaders().getLocation()).hasToString("/api/v1/partnerships/" + setup.id() + "/contract");

		ResponseEntity<String> started = created(post(setup.path("/iterations"), PROVIDER, iteration(null)));
		String iterationId = json(started).get("iterationId").asText();
		assertThat(started.getHeaders().getLocation())
			.hasToString("/api/v1/partnerships/" + setup.id() + "/iterations/" + iterationId);

		ResponseEntity<String> proposed = created(
				post(setup.path("/adaptations"), PROVIDER, proposal(setup, "2.5", iterationId)));
		JsonNode accepted = json(proposed);
		String adaptationId = accepted.get("adaptationId").asText();
		assertThat(proposed.getHeaders().getLocation())
			.hasToString("/api/v1/partnerships/" + setup.id() + "/adaptations/" + adaptationId);
		String adaptation = "/adaptations/" + adaptationId;

		created(post(setup.path(adaptation + "/assessment"), COMMISSIONER,
				"{\"legalGround\": \"LIGHT_TOUCH_FREE_MODIFICATION\", \"substantialModificationRisk\": \"LOW\", "
						+ "\"contractChangeNoticeRequired\": false, \"notes\": \"Light-touch contract\"}"));
		agreedWithTheCharity(setup, adaptation + "/agreement", agreement(setup));
		created(post(setup.path(adaptation + "/implementation"), PROVIDER,
				"{\"implementedOn\": \"2025-10-01\", \"notes\": \"Two evening sessions from October\"}"));
		ResponseEntity<String> evaluated = created(post(setup.path(adaptation + "/evaluation"), COMMISSIONER,
				"{\"effect\": \"EFFECTIVE\", \"evidence\": \"Attendance of people in work up by a fifth\"}"));
		assertThat(json(evaluated).get("version").asLong()).isEqualTo(21);
		assertThat(storedEventsOf(setup.id())).isEqualTo(22);

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(setup.id(), 22, Duration.ofSeconds(30));
		List<EventEnvelope> envelopes = records.stream()
			.map((record) -> LedgerJson.read(record.value(), EventEnvelope.class))
			.toList();
		assertThat(envelopes).extracting(EventEnvelope::type)
			.containsExactly("PartnershipRegistered", "PartyJoined", "ServiceCharacteristicsAssessed",
					"PartnershipModelChosen", "JointDecisionProposed", "JointDecisionConfirmed", "SharedVisionAgreed",
					"JointDecisionProposed", "JointDecisionConfirmed", "GuidingPrinciplesAgreed",
					"JointDecisionProposed", "JointDecisionConfirmed", "GovernanceArrangementsAgreed",
					"ContractConcluded", "ProviderIterationStarted", "AdaptationProposed", "AdaptationAssessed",
					"JointDecisionProposed", "JointDecisionConfirmed", "AdaptationAgreed", "AdaptationImplemented",
					"AdaptationEffectEvaluated");
		assertThat(envelopes).extracting(EventEnvelope::sequenceNumber).isSorted().doesNotHaveDuplicates();

		EventEnvelope proposal = envelopes.get(15);
		assertThat(proposal.actor().role().name()).isEqualTo("PROVIDER");
		assertThat(proposal.actor().partyId()).isEqualTo(setup.charityPartyId());
		assertThat(proposal.payload().get("proposedByPartyId").asText()).isEqualTo(setup.charityPartyId());
		assertThat(proposal.payload().at("/triggerRefs/0").asText()).isEqualTo(iterationId);
		assertThat(envelopes.get(16).payload().get("cumulativeValueChangePct").decimalValue())
			.isEqualByComparingTo("2.5");
		assertThat(envelopes.get(17).actor().partyId()).isEqualTo(setup.councilPartyId());
		EventEnvelope agreed = envelopes.get(19);
		assertThat(agreed.payload().get("delegationVersion").asInt()).isEqualTo(1);
		assertThat(agreed.payload().get("decidedByBodyId").asText()).isEqualTo("board");
		assertThat(agreed.payload().get("approvals").findValuesAsText("partyId"))
			.containsExactly(setup.councilPartyId(), setup.charityPartyId());
		assertThat(agreed.actor().partyId()).isEqualTo(setup.charityPartyId());
		assertThat(envelopes.get(20).actor().partyId()).isEqualTo(setup.charityPartyId());
		assertThat(envelopes.get(21).actor().partyId()).isEqualTo(setup.councilPartyId());
	}

	/**
	 * The vision the commissioner proposes waits for the charity, which confirms it with
	 * its own identity; only then is it in force (issue 14, decisions each party takes
	 * itself).
	 */
	@Test
	void theVisionTheCommissionerProposesIsInForceOnceTheCharityConfirmsIt() {
		Setup setup = formalRelationalChosen();

		ResponseEntity<String> proposed = created(
				post(setup.path("/vision"), COMMISSIONER, "{\"statement\": \"No one sleeps rough twice\"}"));
		JsonNode accepted = json(proposed);
		String jointDecisionId = accepted.get("jointDecisionId").asText();
		assertThat(jointDecisionId).isNotBlank();
		assertThat(accepted.get("awaitingConfirmationFrom")).extracting(JsonNode::asText)
			.containsExactly(setup.charityPartyId());
		assertThat(storedTypesOf(setup.id())).endsWith("JointDecisionProposed").doesNotContain("SharedVisionAgreed");
		String confirmation = setup.path("/joint-decisions/" + jointDecisionId + "/confirmation");
		assertThat(post(confirmation, COMMISSIONER, "{}").getStatusCode()).as("the proposer confirmed by proposing")
			.isEqualTo(HttpStatus.CONFLICT);

		ResponseEntity<String> confirmed = created(post(confirmation, PROVIDER,
				"{\"comment\": \"Ours too\", \"partyId\": \"" + setup.charityPartyId() + "\"}"));

		assertThat(json(confirmed).get("jointDecisionId").asText()).isEqualTo(jointDecisionId);
		assertThat(storedTypesOf(setup.id())).endsWith("JointDecisionProposed", "JointDecisionConfirmed",
				"SharedVisionAgreed");
		assertThat(post(confirmation, PROVIDER, "{}").getStatusCode()).as("in force, no longer waiting")
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	/** The simple type names of the partnership's stored events, in order. */
	private List<String> storedTypesOf(String partnershipId) {
		return this.jdbc
			.sql("SELECT payloadtype FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
			.param("id", partnershipId)
			.query(String.class)
			.list()
			.stream()
			.map((type) -> type.substring(type.lastIndexOf('.') + 1))
			.toList();
	}

}
