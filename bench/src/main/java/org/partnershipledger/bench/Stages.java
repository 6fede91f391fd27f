package org.partnershipledger.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;

import org.partnershipledger.events.wire.Topics;

/**
 * Where the time between sending a command and seeing it goes, per event: the command
 * (sent until the command side recorded the event: its {@code timestamp} in the event
 * store), the relay (recorded until the relay handed it to Kafka: the record's create
 * time), Kafka and the listener (until the projection's transaction for it began: the
 * overview's {@code updated_at}, which is {@code now()} of that transaction), and the
 * projection itself (until the change could be read). All clocks are this machine's.
 */
final class Stages {

	static final List<String> NAMES = List.of("command", "relay", "kafka+listener", "projection");

	private final Map<String, Latencies> stages = new HashMap<>();

	private final List<Observed> observed = new ArrayList<>();

	Stages() {
		for (String name : NAMES) {
			this.stages.put(name, new Latencies());
		}
	}

	/**
	 * One command: when it was sent, its version, when its change was applied and seen.
	 */
	void observe(long sequence, Instant sent, Instant applied, Instant visible) {
		this.observed.add(new Observed(sequence, sent, applied, visible));
	}

	/** Fills in the recorded and published times and returns each stage's summary. */
	ObjectNode summarise(String partnershipId, String eventStoreUrl, Map<String, Object> kafka) throws SQLException {
		Map<Long, Instant> recorded = recorded(partnershipId, eventStoreUrl);
		Map<Long, Instant> published = this.observed.isEmpty() ? Map.of()
				: published(partnershipId, kafka, this.observed.get(0).sent());
		for (Observed one : this.observed) {
			Instant stored = recorded.get(one.sequence());
			Instant relayed = published.get(one.sequence());
			if (stored == null || relayed == null || one.applied() == null) {
				continue;
			}
			add("command", one.sent(), stored);
			add("relay", stored, relayed);
			add("kafka+listener", relayed, one.applied());
			add("projection", one.applied(), one.visible());
		}
		ObjectNode node = Api.JSON.createObjectNode();
		for (String name : NAMES) {
			this.stages.get(name).summary().into(node.putObject(name));
		}
		return node;
	}

	private void add(String stage, Instant from, Instant to) {
		this.stages.get(stage).add(Math.max(0, Duration.between(from, to).toNanos()));
	}

	private static Map<Long, Instant> recorded(String partnershipId, String eventStoreUrl) throws SQLException {
		Map<Long, Instant> recorded = new HashMap<>();
		try (Connection connection = DriverManager.getConnection(eventStoreUrl);
				PreparedStatement select = connection.prepareStatement(
						"select sequencenumber, timestamp from domainevententry where aggregateidentifier = ?")) {
			select.setString(1, partnershipId);
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					recorded.put(rows.getLong(1), Instant.parse(rows.getString(2)));
				}
			}
		}
		return recorded;
	}

	/** The create time of the partnership's records published since {@code since}. */
	private static Map<Long, Instant> published(String partnershipId, Map<String, Object> kafka, Instant since) {
		Map<Long, Instant> published = new HashMap<>();
		Properties config = new Properties();
		config.putAll(kafka);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new StringDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.PARTNERSHIP_EVENTS)
				.stream()
				.map((partition) -> new TopicPartition(Topics.PARTNERSHIP_EVENTS, partition.partition()))
				.toList();
			consumer.assign(partitions);
			Map<TopicPartition, Long> from = new HashMap<>();
			partitions.forEach((partition) -> from.put(partition, since.minusSeconds(5).toEpochMilli()));
			Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(from);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
			for (TopicPartition partition : partitions) {
				OffsetAndTimestamp offset = offsets.get(partition);
				consumer.seek(partition, (offset != null) ? offset.offset() : ends.get(partition));
			}
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (System.nanoTime() < deadline && !reachedEnd(consumer, partitions, ends)) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					Header sequence = record.headers().lastHeader(Topics.HEADER_SEQUENCE_NUMBER);
					if (partnershipId.equals(record.key()) && sequence != null) {
						published.put(Long.parseLong(new String(sequence.value(), StandardCharsets.UTF_8)),
								Instant.ofEpochMilli(record.timestamp()));
					}
				}
			}
		}
		return published;
	}

	private static boolean reachedEnd(KafkaConsumer<String, String> consumer, List<TopicPartition> partitions,
			Map<TopicPartition, Long> ends) {
		return partitions.stream().allMatch((partition) -> consumer.position(partition) >= ends.get(partition));
	}

	private record Observed(long sequence, Instant sent, Instant applied, Instant visible) {

	}

}
