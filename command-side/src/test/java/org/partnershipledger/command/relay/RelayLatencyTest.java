package org.partnershipledger.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.axonframework.common.Registration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicTail;

/**
 * How long an event takes from the store to Kafka at light load: one command at a time,
 * each waiting for its record. The figures are printed, not asserted (tests never assert
 * timings). "Stored" is when the command's transaction committed (seen by an interceptor
 * on the event store), "sent" the record's timestamp, set by the producer when it sent
 * the record; both by this JVM's clock. The event's recorded time, set when the aggregate
 * applied it before the command's transaction, is printed too.
 */
class RelayLatencyTest extends CommandSideIntegrationTest {

	private static final int WARM_UP = 5;

	private static final int MEASURED = 40;

	@Autowired
	private EventStore eventStore;

	@Test
	void storedToSentLatencyAtLightLoad() throws InterruptedException {
		Map<String, Long> committedAt = new ConcurrentHashMap<>();
		Registration interceptor = this.eventStore.registerDispatchInterceptor((messages) -> {
			List<String> ids = messages.stream().map((message) -> message.getIdentifier()).toList();
			CurrentUnitOfWork.ifStarted((unitOfWork) -> unitOfWork
				.afterCommit((committed) -> ids.forEach((id) -> committedAt.put(id, System.currentTimeMillis()))));
			return (index, message) -> message;
		});
		List<Long> fromCommit = new ArrayList<>();
		List<Long> fromRecorded = new ArrayList<>();
		try (TopicTail tail = tail()) {
			for (int i = 0; i < WARM_UP + MEASURED; i++) {
				String id = registered();
				String eventId = this.jdbc
					.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier = :id")
					.param("id", id)
					.query(String.class)
					.single();
				tail.awaitEvents(Set.of(eventId), Duration.ofSeconds(30));
				if (i >= WARM_UP) {
					TopicTail.Received received = tail.of(Set.of(id)).get(0);
					fromCommit.add(received.sentAt() - committedAt.get(eventId));
					fromRecorded.add(received.storedToSentMillis());
				}
			}
		}
		finally {
			interceptor.cancel();
		}
		System.out.println(
				"Relay latency over " + MEASURED + " events at light load: committed -> sent " + percentiles(fromCommit)
						+ "; recorded (applied, before the commit) -> sent " + percentiles(fromRecorded));
		assertThat(fromCommit).hasSize(MEASURED);
	}

	private static String percentiles(List<Long> latencies) {
		List<Long> sorted = latencies.stream().sorted().toList();
		return "p50 " + sorted.get(sorted.size() / 2) + " ms, p90 " + sorted.get(sorted.size() * 9 / 10) + " ms, max "
				+ sorted.get(sorted.size() - 1) + " ms";
	}

}
