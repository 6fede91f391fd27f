package org.partnershipledger.command.audit;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.command.Bodies;
import org.partnershipledger.events.wire.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The chain is written with the events, published with them, and cannot be edited. */
class HashChainTest extends AuditIntegrationTest {

	@Test
	void everyStoredEventGetsALinkThatFollowsFromTheOneBefore() {
		String id = partnershipWithFourEvents();

		List<Map<String, Object>> links = this.jdbc
			.sql("SELECT sequence_number, event_id, chain_hash, previous_hash FROM event_chain "
					+ "WHERE partnership_id = :id ORDER BY sequence_number")
			.param("id", id)
			.query()
			.listOfRows();
		List<String> eventIds = this.jdbc
			.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
			.param("id", id)
			.query(String.class)
			.list();

		assertThat(links).extracting((link) -> ((Number) link.get("sequence_number")).longValue())
			.containsExactly(0L, 1L, 2L, 3L);
		assertThat(links).extracting((link) -> link.get("event_id")).containsExactlyElementsOf(eventIds);
		assertThat(links.get(0).get("previous_hash")).isEqualTo(ChainHash.GENESIS);
		for (int i = 1; i < links.size(); i++) {
			assertThat(links.get(i).get("previous_hash")).isEqualTo(links.get(i - 1).get("chain_hash"));
		}
	}

	@Test
	void thePublishedEnvelopeHashesToTheSameValueAsTheStoredRow() {
		String id = partnershipWithFourEvents();

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(id, 4, Duration.ofSeconds(30));
		List<StoredEventRow> rows = this.jdbc
			.sql("SELECT " + StoredEventRow.COLUMNS
					+ " FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
			.param("id", id)
			.query((row, number) -> StoredEventRow.from(row))
			.list();

		String previous = ChainHash.GENESIS;
		for (int i = 0; i < 4; i++) {
			EventEnvelope published = CanonicalJson.mapper()
				.convertValue(CanonicalJson.read(records.get(i).value().getBytes()), EventEnvelope.class);
			String stored = ChainHash.of(rows.get(i).toEnvelope(), previous);
			assertThat(published.chainHash()).isNotNull().isEqualTo(stored);
			assertThat(ChainHash.of(published, previous)).isEqualTo(stored);
			assertThat(this.jdbc.sql("SELECT chain_hash FROM event_chain WHERE event_id = :e")
				.param("e", published.eventId())
				.query(String.class)
				.single()).isEqualTo(stored);
			previous = stored;
		}
	}

	@Test
	void anAppendWhoseLinkCannotBeWrittenStoresNeitherEventNorLink() {
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		this.jdbc.sql("INSERT INTO event_chain VALUES (:id, 1, :eventId, :hash, :hash)")
			.param("id", id)
			.param("eventId", "squatter-" + id)
			.param("hash", "f".repeat(64))
			.update();

		ResponseEntity<String> joined = post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER,
				Bodies.ADD_CHARITY);

		assertThat(joined.getStatusCode().is2xxSuccessful()).isFalse();
		assertThat(storedEventsOf(id)).isEqualTo(1);
		assertThat(this.jdbc.sql("SELECT count(*) FROM event_chain WHERE partnership_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteEventsAndLinks() {
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();

		assertThatThrownBy(() -> this.jdbc
			.sql("UPDATE domainevententry SET payload = payload || '\\x20'::bytea WHERE aggregateidentifier = :id")
			.param("id", id)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.sql("DELETE FROM domainevententry WHERE aggregateidentifier = :id")
			.param("id", id)
			.update()).hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("UPDATE event_chain SET chain_hash = previous_hash WHERE partnership_id = :id")
					.param("id", id)
					.update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(
				() -> this.jdbc.sql("DELETE FROM event_chain WHERE partnership_id = :id").param("id", id).update())
			.hasMessageContaining("append-only");
		assertThat(storedEventsOf(id)).isEqualTo(1);
	}

}
