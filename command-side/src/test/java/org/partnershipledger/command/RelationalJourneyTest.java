package org.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
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
		created(post(setup.path(adaptation + "/agreement"), COMMISSIONER, agreement(setup)));
		created(post(setup.path(adaptation + "/implementation"), PROVIDER,
				"{\"implementedOn\": \"2025-10-01\", \"notes\": \"Two evening sessions from October\"}"));
		ResponseEntity<String> evaluated = created(post(setup.path(adaptation + "/evaluation"), COMMISSIONER,
				"{\"effect\": \"EFFECTIVE\", \"evidence\": \"Attendance of people in work up by a fifth\"}"));
		assertThat(json(evaluated).get("version").asLong()).isEqualTo(13);
		assertThat(storedEventsOf(setup.id())).isEqualTo(14);

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(setup.id(), 14, Duration.ofSeconds(30));
		List<EventEnvelope> envelopes = records.stream()
			.map((record) -> LedgerJson.read(record.value(), EventEnvelope.class))
			.toList();
		assertThat(envelopes).extracting(EventEnvelope::type)
			.containsExactly("PartnershipRegistered", "PartyJoined", "ServiceCharacteristicsAssessed",
					"PartnershipModelChosen", "SharedVisionAgreed", "GuidingPrinciplesAgreed",
					"GovernanceArrangementsAgreed", "ContractConcluded", "ProviderIterationStarted",
					"AdaptationProposed", "AdaptationAssessed", "AdaptationAgreed", "AdaptationImplemented",
					"AdaptationEffectEvaluated");
		assertThat(envelopes).extracting(EventEnvelope::sequenceNumber).isSorted().doesNotHaveDuplicates();

		EventEnvelope proposal = envelopes.get(9);
		assertThat(proposal.actor().role().name()).isEqualTo("PROVIDER");
		assertThat(proposal.actor().partyId()).isEqualTo(setup.charityPartyId());
		assertThat(proposal.payload().get("proposedByPartyId").asText()).isEqualTo(setup.charityPartyId());
		assertThat(proposal.payload().at("/triggerRefs/0").asText()).isEqualTo(iterationId);
		assertThat(envelopes.get(10).payload().get("cumulativeValueChangePct").decimalValue())
			.isEqualByComparingTo("2.5");
		assertThat(envelopes.get(11).payload().get("delegationVersion").asInt()).isEqualTo(1);
		assertThat(envelopes.get(11).payload().get("decidedByBodyId").asText()).isEqualTo("board");
		assertThat(envelopes.get(12).actor().partyId()).isEqualTo(setup.charityPartyId());
		assertThat(envelopes.get(13).actor().partyId()).isEqualTo(setup.councilPartyId());
	}

}
