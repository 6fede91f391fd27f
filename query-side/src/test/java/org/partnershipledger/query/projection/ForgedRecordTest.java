package org.partnershipledger.query.projection;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Whoever can write to the topic cannot grant themselves access: a well-formed record
 * with the next sequence number that the ledger did not sign is parked, never applied,
 * and the genuine record at its position is still applied.
 */
class ForgedRecordTest extends QuerySideIntegrationTest {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private ParkedRecords parked;

	@Value("${spring.embedded.kafka.brokers}")
	private String brokers;

	@Test
	void aForgedPartyJoinedGivesANonPartyNoAccessAndTheGenuineEventAfterItIsApplied() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Forgery Council");
		OrganisationIdentifier intruder = organisation("GB-CHC", "Intruder Trust");
		String outsider = person(UserRole.PROVIDER, intruder);
		TestEvents events = new TestEvents(council);
		publish(events.registered("Not yours"));
		awaitVersion(events.partnershipId(), 0);
		String path = "/api/v1/partnerships/" + events.partnershipId();
		this.mvc.perform(get(path).with(httpBasic(outsider, PASSWORD))).andExpect(status().isNotFound());

		EventEnvelope genuine = events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.LEAD_PROVIDER);
		EventEnvelope forged = asIntruder(genuine, intruder);
		writeWithAPlainProducer(forged, LedgerJson.write(forged));
		await().atMost(Duration.ofSeconds(20)).until(() -> parkedFor(events.partnershipId()) == 1);
		this.mvc.perform(get(path).with(httpBasic(outsider, PASSWORD))).andExpect(status().isNotFound());
		assertThat(this.overviews.version(events.partnershipId())).isZero();

		publish(genuine);
		awaitVersion(events.partnershipId(), 1);
		this.mvc.perform(get(path).with(httpBasic(outsider, PASSWORD))).andExpect(status().isNotFound());
		assertThat(this.overviews.find(events.partnershipId()).orElseThrow().parties())
			.extracting((party) -> party.identifier())
			.doesNotContain(intruder);
		ParkedRecord refused = this.parked.all()
			.stream()
			.filter((record) -> record.partnershipId().equals(events.partnershipId()))
			.findFirst()
			.orElseThrow();
		assertThat(refused.sequenceNumber()).isNull();
		assertThat(refused.reason()).contains("not signed").contains("sequence 1");
		String asAdministratorSeesIt = this.mvc
			.perform(get("/api/v1/admin/parked-records").with(httpBasic(ADMIN, PASSWORD)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(asAdministratorSeesIt).contains(events.partnershipId()).contains("not signed");
	}

	@Test
	void aRecordSignedWithAnotherKeyIsParkedNeverApplied() throws Exception {
		OrganisationIdentifier council = organisation("GB-LAC", "Other Key Council");
		OrganisationIdentifier intruder = organisation("GB-CHC", "Other Key Trust");
		TestEvents events = new TestEvents(council);
		publish(events.registered("Signed by someone else"));
		awaitVersion(events.partnershipId(), 0);

		EventEnvelope genuine = events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.LEAD_PROVIDER);
		EventEnvelope forged = EnvelopeSignatures.sign(asIntruder(genuine, intruder),
				InstanceKeys.generate().getPrivate());
		writeWithAPlainProducer(forged, LedgerJson.write(forged));
		await().atMost(Duration.ofSeconds(20)).until(() -> parkedFor(events.partnershipId()) == 1);
		publish(genuine);

		awaitVersion(events.partnershipId(), 1);
		assertThat(this.parked.all()).filteredOn((record) -> record.partnershipId().equals(events.partnershipId()))
			.singleElement()
			.satisfies((record) -> assertThat(record.reason()).contains("does not verify"));
		assertThat(this.overviews.find(events.partnershipId()).orElseThrow().parties())
			.extracting((party) -> party.identifier())
			.doesNotContain(intruder);
	}

	/** The genuine envelope with the intruder's organisation as the joining party. */
	private static EventEnvelope asIntruder(EventEnvelope genuine, OrganisationIdentifier intruder) {
		ObjectNode payload = genuine.payload().deepCopy();
		payload.set("organisation", LedgerJson.mapper().valueToTree(new Organisation("Intruder Trust", intruder)));
		return new EventEnvelope(UUID.randomUUID().toString(), genuine.type(), genuine.revision(),
				genuine.partnershipId(), genuine.sequenceNumber(), genuine.globalIndex(), genuine.occurredAt(),
				genuine.recordedAt(), genuine.actor(), genuine.authority(), genuine.correlationId(),
				genuine.causationId(), payload, genuine.chainHash(), null);
	}

	/** As a stock Kafka client would: a plain producer, the relay's key and headers. */
	private void writeWithAPlainProducer(EventEnvelope envelope, String value) {
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(
				Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.brokers), new StringSerializer(),
				new StringSerializer())) {
			ProducerRecord<String, String> record = new ProducerRecord<>(Topics.PARTNERSHIP_EVENTS,
					envelope.partnershipId(), value);
			record.headers()
				.add(Topics.HEADER_PARTNERSHIP_ID, envelope.partnershipId().getBytes(StandardCharsets.UTF_8))
				.add(Topics.HEADER_SEQUENCE_NUMBER,
						Long.toString(envelope.sequenceNumber()).getBytes(StandardCharsets.UTF_8));
			producer.send(record);
			producer.flush();
		}
	}

	private long parkedFor(String partnershipId) {
		return this.parked.all().stream().filter((record) -> record.partnershipId().equals(partnershipId)).count();
	}

}
