package org.partnershipledger.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

/** A failed send stops the relay and is retried: nothing is skipped, order holds. */
class RelayOutageTest extends CommandSideIntegrationTest {

	@Test
	void eventsWhoseSendFailedStillArriveOnceEachInStoreOrder() {
		this.flakySender.failNext(3);
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER, Bodies.ADD_CHARITY);

		List<ConsumerRecord<String, String>> records = topic().awaitRecords(id, 2, Duration.ofSeconds(60));

		assertThat(this.flakySender.failed()).isEqualTo(3);
		List<String> stored = this.jdbc
			.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id ORDER BY sequencenumber")
			.param("id", id)
			.query(String.class)
			.list();
		assertThat(records).extracting((record) -> LedgerJson.read(record.value(), EventEnvelope.class).eventId())
			.containsExactlyElementsOf(stored);
		assertThat(records)
			.extracting((record) -> LedgerJson.read(record.value(), EventEnvelope.class).sequenceNumber())
			.containsExactly(0L, 1L);
	}

}
