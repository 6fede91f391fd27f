package org.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;

/**
 * The main path: commands over the internal API, rows in the event store, envelopes on
 * Kafka in order.
 */
class CommandToKafkaFlowTest extends CommandSideIntegrationTest {

	@Test
	void registerAddAssessChooseIsStoredAndPublishedInOrder() {
		ResponseEntity<String> registered = post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER);
		assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String id = json(registered).get("partnershipId").asText();
		assertThat(json(registered).get("version").asLong()).isZero();
		assertThat(registered.getHeaders().getLocation()).hasToString("/api/v1/partnerships/" + id);

		ResponseEntity<String> joined = post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER,
				Bodies.ADD_CHARITY);
		assertThat(joined.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		String partyId = json(joined).get("partyId").asText();
		assertThat(json(joined).get("version").asLong()).isEqualTo(1);
		assertThat(joined.getHeaders().getLocation()).hasToString("/api/v1/partnerships/" + id + "/parties/" + partyId);

		ResponseEntity<String> assessed = post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER,
				Bodies.assessment(4, 4, 4, 3, 5, 4, 5));
		assertThat(assessed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		JsonNode assessment = json(assessed);
		String assessmentId = assessment.get("assessmentId").asText();
		assertThat(assessment.get("version").asLong()).isEqualTo(2);
		assertThat(assessment.at("/recommendation/model").asText()).isEqualTo("FORMAL_RELATIONAL_CONTRACT");
		assertThat(assessment.at("/recommendation/weightedSum").asInt()).isEqualTo(82);
		assertThat(assessment.at("/recommendation/confidence").asText()).isEqualTo("HIGH");
		assertThat(assessment.at("/recommendation/ruleSetVersion").asText()).isEqualTo("RC-1");

		ResponseEntity<String> chosen = post("/internal/v1/partnerships/" + id + "/model-choices", COMMISSIONER,
				Bodies.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessmentId));
		assertThat(chosen.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json(chosen).get("version").asLong()).isEqualTo(3);
		assertThat(json(chosen).get("departsFromRecommendation").asBoolean()).isFalse();

		List<Map<String, Object>> rows = this.jdbc
			.sql("SELECT sequencenumber, eventidentifier, payloadtype, payloadrevision FROM domainevententry "
					+ "WHERE aggregateidentifier = :id ORDER BY sequencenumber")
			.param("id", id)
			.query()
			.listOfRows();
		assertThat(rows).extracting((row) -> ((Number) row.get("sequencenumber")).longValue())
			.containsExactly(0L, 1L, 2L, 3L);
		assertThat(rows).extracting((row) -> row.get("payloadtype"))
			.containsExactly("org.partnershipledger.events.PartnershipRegistered",
					"org.partnershipledger.events.PartyJoined",
					"org.partnershipledger.events.ServiceCharacteristicsAssessed",
					"org.partnershipledger.events.PartnershipModelChosen");
		assertThat(rows).extracting((row) -> row.get("payloadrevision")).containsOnly("1");

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(id, 4, Duration.ofSeconds(30));
		assertThat(records).hasSize(4).allSatisfy((record) -> assertThat(record.key()).isEqualTo(id));
		assertThat(records)
			.allSatisfy((record) -> assertThat(EnvelopeSignatures.problem(record.value(), SIGNING_KEYS.getPublic()))
				.as("every published record carries the ledger's signature")
				.isEmpty());
		List<EventEnvelope> envelopes = records.stream()
			.map((record) -> LedgerJson.read(record.value(), EventEnvelope.class))
			.toList();
		assertThat(envelopes).extracting(EventEnvelope::type)
			.containsExactly("PartnershipRegistered", "PartyJoined", "ServiceCharacteristicsAssessed",
					"PartnershipModelChosen");
		assertThat(envelopes).extracting(EventEnvelope::sequenceNumber).containsExactly(0L, 1L, 2L, 3L);
		assertThat(envelopes).extracting(EventEnvelope::eventId)
			.containsExactlyElementsOf(rows.stream().map((row) -> (String) row.get("eventidentifier")).toList());
		assertThat(envelopes).extracting(EventEnvelope::globalIndex).isSorted().doesNotHaveDuplicates();

		String commissioningPartyId = envelopes.get(0).payload().at("/commissioningParty/partyId").asText();
		assertThat(envelopes).allSatisfy((envelope) -> {
			assertThat(envelope.revision()).isEqualTo("1");
			assertThat(envelope.partnershipId()).isEqualTo(id);
			assertThat(envelope.actor().userId()).isEqualTo("cara");
			assertThat(envelope.actor().displayName()).isEqualTo("Cara Commissioner");
			assertThat(envelope.actor().role().name()).isEqualTo("COMMISSIONER");
			assertThat(envelope.actor().partyId()).isEqualTo(commissioningPartyId);
			assertThat(envelope.occurredAt()).isBeforeOrEqualTo(envelope.recordedAt());
			assertThat(envelope.recordedAt()).isBeforeOrEqualTo(Instant.now());
			assertThat(envelope.correlationId()).isNotBlank();
			assertThat(envelope.causationId()).isNotBlank();
		});
		assertThat(envelopes.get(0).authority().type().name()).isEqualTo("OFFICER_DELEGATION");
		assertThat(envelopes.get(0).authority().reference()).isEqualTo("Scheme of delegation 4.1");
		assertThat(envelopes.get(1).authority().type().name()).isEqualTo("NONE");
		assertThat(envelopes.get(3).event()).extracting("basedOnAssessmentId").isEqualTo(assessmentId);

		ConsumerRecord<String, String> last = records.get(3);
		assertThat(header(last, Topics.HEADER_TYPE)).isEqualTo("PartnershipModelChosen");
		assertThat(header(last, Topics.HEADER_SEQUENCE_NUMBER)).isEqualTo("3");
		assertThat(header(last, Topics.HEADER_PARTNERSHIP_ID)).isEqualTo(id);
		assertThat(header(last, Topics.HEADER_REVISION)).isEqualTo("1");
		assertThat(header(last, Topics.HEADER_EVENT_ID)).isEqualTo(envelopes.get(3).eventId());
	}

	private static String header(ConsumerRecord<String, String> record, String key) {
		return new String(record.headers().lastHeader(key).value(), StandardCharsets.UTF_8);
	}

}
