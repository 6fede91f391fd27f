package org.partnershipledger.command;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.support.TransactionTemplate;

import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.command.audit.ChainOfOlderRows;
import org.partnershipledger.command.audit.EventChain;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store an older ledger wrote: an adaptation's rejection stored as revision 1 of
 * {@code AdaptationRejected} (its field then called {@code reasons}). After a restart (an
 * empty aggregate cache), the aggregate replays it through the upcaster and decides the
 * next commands on it; the stored row, its chain link and the published envelope stay
 * revision 1 as written.
 */
class OlderRevisionInTheStoreTest extends RelationalIntegrationTest {

	@Autowired
	private EventChain chain;

	@Autowired
	private TransactionTemplate transactions;

	@Autowired
	@Qualifier("partnershipCache")
	private Cache cache;

	@Autowired
	private EventStore eventStore;

	@Test
	void anAdaptationRejectedByAnOlderLedgerStaysRejected() {
		Setup setup = formalRelationalActive();
		String iterationId = json(created(post(setup.path("/iterations"), PROVIDER, iteration(null))))
			.get("iterationId")
			.asText();
		String adaptationId = json(
				created(post(setup.path("/adaptations"), PROVIDER, proposal(setup, "2.5", iterationId))))
			.get("adaptationId")
			.asText();
		long sequence = storedEventsOf(setup.id());

		storeRevisionOneRejection(setup.id(), sequence, adaptationId);
		this.cache.removeAll();

		DomainEventMessage<?> replayed = this.eventStore.readEvents(setup.id())
			.asStream()
			.reduce((first, second) -> second)
			.orElseThrow();
		assertThat(replayed.getPayload()).isEqualTo(new AdaptationRejected(setup.id(), adaptationId,
				"Not within this year's budget", java.time.Instant.parse("2025-10-20T10:00:00Z")));

		String adaptation = "/adaptations/" + adaptationId;
		ResponseEntity<String> agreed = post(setup.path(adaptation + "/agreement"), COMMISSIONER, agreement(setup));
		assertThat(agreed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(agreed.getBody()).contains("is REJECTED");
		ResponseEntity<String> withdrawn = post(setup.path(adaptation + "/withdrawal"), PROVIDER,
				"{\"reason\": \"Superseded\"}");
		assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
		assertThat(storedEventsOf(setup.id())).isEqualTo(sequence + 1);

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(setup.id(), (int) sequence + 1,
				Duration.ofSeconds(30));
		EventEnvelope published = LedgerJson.read(records.get((int) sequence).value(), EventEnvelope.class);
		assertThat(published.revision()).isEqualTo("1");
		assertThat(published.payload().get("reasons").asText()).isEqualTo("Not within this year's budget");
		assertThat(((AdaptationRejected) published.event()).reason()).isEqualTo("Not within this year's budget");

		ResponseEntity<String> verification = post("/internal/v1/verification", AUDITOR, "");
		assertThat(verification.getStatusCode()).as(verification.getBody()).isEqualTo(HttpStatus.OK);
		assertThat(LedgerJson.read(verification.getBody(), VerificationReport.class).discrepancies())
			.noneMatch((discrepancy) -> discrepancy.partnershipId().equals(setup.id()));
	}

	/**
	 * The row as an older ledger appended it -- the actor's metadata of the proposal
	 * before it -- linked into the chain in the same transaction.
	 */
	private void storeRevisionOneRejection(String partnershipId, long sequence, String adaptationId) {
		String payload = "{\"partnershipId\":\"" + partnershipId + "\",\"adaptationId\":\"" + adaptationId
				+ "\",\"reasons\":\"Not within this year's budget\",\"occurredAt\":\"2025-10-20T10:00:00Z\"}";
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier,
					  payload, payloadtype, payloadrevision, metadata, timestamp)
					SELECT aggregateidentifier, :sequence, type, gen_random_uuid()::text, :payload, :payloadType, '1',
					  metadata, '2025-10-20T10:00:01Z'
					FROM domainevententry WHERE aggregateidentifier = :id AND sequencenumber = :previous""")
				.param("sequence", sequence)
				.param("payload", payload.getBytes(StandardCharsets.UTF_8))
				.param("payloadType", AdaptationRejected.class.getName())
				.param("id", partnershipId)
				.param("previous", sequence - 1)
				.update();
			ChainOfOlderRows.link(this.chain, partnershipId, sequence);
		});
	}

}
