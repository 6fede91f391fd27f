package org.partnershipledger.command;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

import org.partnershipledger.events.wire.Topics;

/** Reads the partnership events topic from the start with a plain consumer. */
public final class TopicReader {

	private final String bootstrapServers;

	TopicReader(String bootstrapServers) {
		this.bootstrapServers = bootstrapServers;
	}

	/** Waits until the topic holds at least {@code count} records of the partnership. */
	public List<ConsumerRecord<String, String>> awaitRecords(String partnershipId, int count, Duration timeout) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
				"earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			consumer.subscribe(List.of(Topics.PARTNERSHIP_EVENTS));
			Awaitility.await()
				.atMost(timeout)
				.pollDelay(Duration.ZERO)
				.pollInterval(Duration.ofMillis(50))
				.until(() -> {
					consumer.poll(Duration.ofMillis(200)).forEach((record) -> {
						if (partnershipId.equals(record.key())) {
							records.add(record);
						}
					});
					return records.size() >= count;
				});
			consumer.poll(Duration.ofMillis(300)).forEach((record) -> {
				if (partnershipId.equals(record.key())) {
					records.add(record);
				}
			});
		}
		return records;
	}

}
