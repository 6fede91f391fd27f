package org.partnershipledger.standalone;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.StoredEvent;
import org.partnershipledger.events.wire.Topics;

/**
 * Every record of the partnership events topic, read from the beginning to the end it had
 * when reading started, by a consumer of no group (so no offsets are committed and the
 * web app's group is left alone).
 */
final class TopicRecords {

	private static final Duration READ_TIMEOUT = Duration.ofMinutes(5);

	private TopicRecords() {
	}

	/** Every record in partition and offset order. */
	static List<TopicRecord> read(KafkaLogin kafka) {
		Properties properties = new Properties();
		properties.putAll(kafka.clientProperties());
		properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		properties.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		properties.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
		properties.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "10000");
		List<TopicRecord> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
				new StringDeserializer())) {
			List<PartitionInfo> infos = consumer.partitionsFor(Topics.PARTNERSHIP_EVENTS, Duration.ofSeconds(10));
			if (infos == null || infos.isEmpty()) {
				return records;
			}
			List<TopicPartition> partitions = infos.stream()
				.map((info) -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = new HashMap<>(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
			Instant deadline = Instant.now().plus(READ_TIMEOUT);
			while (!ends.isEmpty()) {
				if (Instant.now().isAfter(deadline)) {
					throw new IllegalStateException("Could not read the topic to its end in " + READ_TIMEOUT);
				}
				ends.entrySet().removeIf((end) -> consumer.position(end.getKey()) >= end.getValue());
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					Long end = ends.get(new TopicPartition(record.topic(), record.partition()));
					if (end != null && record.offset() < end) {
						records.add(new TopicRecord(record.partition(), record.offset(), record.key(),
								event(record.value())));
					}
				}
			}
		}
		records.sort((a, b) -> (a.partition() != b.partition()) ? Integer.compare(a.partition(), b.partition())
				: Long.compare(a.offset(), b.offset()));
		return records;
	}

	private static StoredEvent event(String value) {
		try {
			return ExportedHistory.event(CanonicalJson.mapper().readTree(value));
		}
		catch (IOException | RuntimeException ex) {
			return new StoredEvent("unknown", -1, null, null, "it is not JSON (" + ex.getMessage() + ")");
		}
	}

	/** One record: where it is, its key, and the envelope it holds. */
	record TopicRecord(int partition, long offset, String key, StoredEvent event) {

	}

}
