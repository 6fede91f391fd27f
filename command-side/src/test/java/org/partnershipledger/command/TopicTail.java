package org.partnershipledger.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;

/**
 * Follows the partnership events topic from its start on a thread of its own and keeps
 * every envelope it reads, in topic order, for the tests that watch the relay while it
 * works.
 */
public final class TopicTail implements AutoCloseable {

	private final List<Received> received = new ArrayList<>();

	private final AtomicBoolean open = new AtomicBoolean(true);

	private final Thread reader;

	TopicTail(String bootstrapServers) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "tail-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		this.reader = new Thread(() -> read(config), "topic-tail");
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(Map<String, Object> config) {
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.PARTNERSHIP_EVENTS));
			while (this.open.get()) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
					Received one = new Received(LedgerJson.read(record.value(), EventEnvelope.class),
							record.timestamp());
					synchronized (this.received) {
						this.received.add(one);
					}
				}
			}
		}
	}

	/** The envelopes of the partnerships read so far, in topic order. */
	public List<Received> of(java.util.Collection<String> partnershipIds) {
		synchronized (this.received) {
			return this.received.stream()
				.filter((one) -> partnershipIds.contains(one.envelope().partnershipId()))
				.toList();
		}
	}

	/** Waits until the topic holds every given event at least once. */
	public void awaitEvents(java.util.Collection<String> eventIds, Duration timeout) {
		Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(20)).until(() -> {
			synchronized (this.received) {
				return this.received.stream()
					.map((one) -> one.envelope().eventId())
					.collect(java.util.stream.Collectors.toSet())
					.containsAll(eventIds);
			}
		});
	}

	@Override
	public void close() throws InterruptedException {
		this.open.set(false);
		this.reader.join(5000);
	}

	/**
	 * One record read.
	 *
	 * @param sentAt the record's timestamp: when the producer sent it (epoch
	 * milliseconds)
	 */
	public record Received(EventEnvelope envelope, long sentAt) {

		/** From the event's recorded time to the send, in milliseconds. */
		public long storedToSentMillis() {
			return this.sentAt - this.envelope.recordedAt().toEpochMilli();
		}

	}

}
