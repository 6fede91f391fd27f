package org.partnershipledger.query.projection;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.QuerySideIntegrationTest;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * F6: records on the topic that cannot be read (not JSON, an event type nobody knows, a
 * key that is not the partnership the record carries; the last two signed by the ledger,
 * so that it is their content that is refused, not their signature) are parked with their
 * reason, shown to administrators and counted in metrics, while every other record flows.
 */
class UnreadableRecordsIntegrationTest extends QuerySideIntegrationTest {

	@Autowired
	private ParkedRecords parked;

	@Autowired
	private ProjectionsHealthIndicator health;

	@Autowired
	private MeterRegistry metrics;

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void unreadableRecordsAreParkedWithTheirReasonShownAndCountedWhileTheOthersFlow() throws Exception {
		double parkedBefore = this.metrics.get("ledger.projection.parked").counter().count();
		String notJson = UUID.randomUUID().toString();
		TestEvents unknownType = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		TestEvents misrouted = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		TestEvents flowing = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		String wrongKey = UUID.randomUUID().toString();

		publishRaw(notJson, 0, "{\"eventId\": \"half a record");
		EventEnvelope registered = unknownType.registered("Unknown type");
		publishRaw(unknownType.partnershipId(), 0,
				signed(new EventEnvelope(registered.eventId(), "PartnershipTeleported", registered.revision(),
						registered.partnershipId(), 0, registered.globalIndex(), registered.occurredAt(),
						registered.recordedAt(), registered.actor(), registered.authority(), registered.correlationId(),
						registered.causationId(), registered.payload(), null, null)));
		publishRaw(wrongKey, 0, signed(misrouted.registered("Misrouted")));
		publish(flowing.registered("Flowing"), flowing.joined("party-1", "Shelter Trust",
				TestEvents.uniqueIdentifier("GB-CHC"), PartyRole.LEAD_PROVIDER));

		awaitVersion(flowing.partnershipId(), 1);
		List<String> ours = List.of(notJson, unknownType.partnershipId(), misrouted.partnershipId());
		await().atMost(Duration.ofSeconds(30)).until(() -> parkedOf(ours).size() == 3);
		Map<String, ParkedRecord> byPartnership = parkedOf(ours);
		try {
			System.out.println("[F6] parked: " + byPartnership.values()
				.stream()
				.map((record) -> record.partnershipId() + "#" + record.sequenceNumber() + " " + record.reason())
				.toList());
			assertThat(byPartnership.get(notJson).reason()).containsIgnoringCase("json");
			assertThat(byPartnership.get(notJson).sequenceNumber())
				.as("refused before it is read, so it holds no place in the order")
				.isNull();
			assertThat(byPartnership.get(unknownType.partnershipId()).reason())
				.contains("Unknown event type 'PartnershipTeleported'");
			assertThat(byPartnership.get(misrouted.partnershipId()).reason()).contains(wrongKey)
				.contains("is not the partnership");
			assertThat(byPartnership.get(misrouted.partnershipId()).sequenceNumber())
				.as("a misrouted record has no place in the order")
				.isNull();
			assertThat(this.overviews.find(unknownType.partnershipId())).isEmpty();
			assertThat(this.overviews.find(misrouted.partnershipId())).isEmpty();
			assertThat(this.overviews.version(flowing.partnershipId())).isEqualTo(1);

			String shown = this.mvc.perform(get("/api/v1/admin/parked-records").with(httpBasic(ADMIN, PASSWORD)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(shown).contains(notJson, unknownType.partnershipId(), misrouted.partnershipId());
			assertThat(this.health.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
			assertThat(this.metrics.get("ledger.projection.parked").counter().count() - parkedBefore)
				.isGreaterThanOrEqualTo(3);
			assertThat(this.metrics.get("ledger.projection.parked.waiting").gauge().value()).isGreaterThanOrEqualTo(3);
		}
		finally {
			this.jdbc.sql("delete from parked_record where partnership_id in (:ids)").param("ids", ours).update();
		}
	}

	private Map<String, ParkedRecord> parkedOf(List<String> partnershipIds) {
		return this.parked.all()
			.stream()
			.filter((record) -> partnershipIds.contains(record.partnershipId()))
			.collect(Collectors.toMap(ParkedRecord::partnershipId, (record) -> record, (a, b) -> a));
	}

}
