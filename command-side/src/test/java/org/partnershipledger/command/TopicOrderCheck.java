package org.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The fault tests' final check: every stored event of the partnerships is on the topic,
 * and in each partnership's order. Delivery is at least once, so a record may repeat one
 * already read (the views ignore it, and it is counted), but none may come before every
 * event that precedes it in its partnership.
 */
public final class TopicOrderCheck {

	private TopicOrderCheck() {
	}

	/**
	 * Waits for every stored event of the partnerships on the topic, checks the order and
	 * answers what it saw.
	 */
	public static Outcome verify(JdbcClient jdbc, TopicTail tail, Collection<String> partnershipIds, Duration timeout) {
		List<String> stored = jdbc
			.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier IN (:ids) "
					+ "ORDER BY globalindex")
			.param("ids", partnershipIds)
			.query(String.class)
			.list();
		tail.awaitEvents(stored, timeout);
		Map<String, Long> highest = new HashMap<>();
		List<String> outOfOrder = new ArrayList<>();
		int duplicates = 0;
		List<TopicTail.Received> records = tail.of(partnershipIds);
		for (TopicTail.Received record : records) {
			EventEnvelope envelope = record.envelope();
			long before = highest.getOrDefault(envelope.partnershipId(), -1L);
			if (envelope.sequenceNumber() <= before) {
				duplicates++;
			}
			else if (envelope.sequenceNumber() == before + 1) {
				highest.put(envelope.partnershipId(), envelope.sequenceNumber());
			}
			else {
				outOfOrder.add(envelope.partnershipId() + " #" + envelope.sequenceNumber() + " after #" + before);
			}
		}
		Outcome outcome = new Outcome(stored.size(), records.size(), duplicates, outOfOrder);
		assertThat(outOfOrder).as("records that came before an earlier event of their partnership").isEmpty();
		assertThat(records.size() - duplicates).as("distinct events on the topic").isEqualTo(stored.size());
		return outcome;
	}

	/**
	 * What the check saw.
	 *
	 * @param stored events stored for the partnerships
	 * @param records records of them on the topic
	 * @param duplicates records that repeated an event already on the topic
	 * @param outOfOrder records that came before an earlier event of their partnership
	 */
	public record Outcome(int stored, int records, int duplicates, List<String> outOfOrder) {

		@Override
		public String toString() {
			return this.stored + " events stored, " + this.records + " records on the topic, " + this.duplicates
					+ " duplicates, " + this.outOfOrder.size() + " out of order";
		}

	}

}
