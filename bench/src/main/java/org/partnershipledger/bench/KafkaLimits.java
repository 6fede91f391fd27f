package org.partnershipledger.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * B0, Kafka: 1 KB records produced to a scratch topic of the system's broker with the
 * relay's settings ({@code acks=all}, idempotent), first pipelined (as fast as the
 * producer batches them), then one at a time, waiting for each acknowledgement as the
 * relay does; then consumed from the start. The topic is deleted afterwards.
 */
final class KafkaLimits {

	static final String SCRATCH_TOPIC = "ledger-bench-scratch";

	static final int RECORD_BYTES = 1024;

	/** At most this many records are produced pipelined, to bound the disk used. */
	private static final long MAX_PIPELINED = 2_000_000;

	/** Records in flight at most while pipelining. */
	private static final int IN_FLIGHT = 10_000;

	private final Map<String, Object> kafka;

	private final Duration duration;

	KafkaLimits(Map<String, Object> kafka, Duration duration) {
		this.kafka = kafka;
		this.duration = duration;
	}

	ObjectNode run(Report report) throws Exception {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("recordBytes", RECORD_BYTES);
		node.put("producer", "acks=all, enable.idempotence=true");
		node.put("topicPartitions", 3);
		try (Admin admin = Admin.create(this.kafka)) {
			admin.createTopics(List.of(new NewTopic(SCRATCH_TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
			try {
				ObjectNode pipelined = node.putObject("producePipelined");
				long produced = producePipelined(pipelined);
				ObjectNode oneAtATime = node.putObject("produceOneAtATime");
				produced += produceOneAtATime(oneAtATime);
				ObjectNode consume = node.putObject("consume");
				consume(produced, consume);
				report
					.table("B0  Kafka, 1 KB records, acks=all, idempotent producer (scratch topic, 3 partitions)",
							"what", "records/s", "MB/s", "p50 ms", "p99 ms")
					.row("produce, pipelined", pipelined.get("recordsPerSecond").asDouble(),
							pipelined.get("megabytesPerSecond").asDouble(), null, null)
					.row("produce, one at a time (as the relay)", oneAtATime.get("recordsPerSecond").asDouble(),
							oneAtATime.get("megabytesPerSecond").asDouble(), oneAtATime.get("p50Ms").asDouble(),
							oneAtATime.get("p99Ms").asDouble())
					.row("consume from the start", consume.get("recordsPerSecond").asDouble(),
							consume.get("megabytesPerSecond").asDouble(), null, null);
			}
			finally {
				admin.deleteTopics(List.of(SCRATCH_TOPIC)).all().get(30, TimeUnit.SECONDS);
			}
		}
		return node;
	}

	private long producePipelined(ObjectNode result) throws Exception {
		byte[] value = new byte[RECORD_BYTES];
		LongAdder acknowledged = new LongAdder();
		AtomicReference<Exception> failure = new AtomicReference<>();
		Semaphore inFlight = new Semaphore(IN_FLIGHT);
		long sent = 0;
		long started = System.nanoTime();
		long deadline = started + this.duration.toNanos();
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
				new ByteArraySerializer())) {
			while (System.nanoTime() < deadline && sent < MAX_PIPELINED && failure.get() == null) {
				inFlight.acquire();
				producer.send(new ProducerRecord<>(SCRATCH_TOPIC, "key-" + (sent % 1000), value), (metadata, ex) -> {
					inFlight.release();
					if (ex != null) {
						failure.compareAndSet(null, ex);
					}
					else {
						acknowledged.increment();
					}
				});
				sent++;
			}
			producer.flush();
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		if (failure.get() != null) {
			throw failure.get();
		}
		result.put("records", acknowledged.sum());
		result.put("recordsPerSecond", Report.round(acknowledged.sum() / seconds));
		result.put("megabytesPerSecond", Report.round(acknowledged.sum() * RECORD_BYTES / seconds / 1e6));
		return acknowledged.sum();
	}

	private long produceOneAtATime(ObjectNode result) throws Exception {
		byte[] value = new byte[RECORD_BYTES];
		Latencies latencies = new Latencies();
		long sent = 0;
		long started = System.nanoTime();
		long deadline = started + Math.max(this.duration.toNanos() / 2, Duration.ofSeconds(1).toNanos());
		try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig(), new StringSerializer(),
				new ByteArraySerializer())) {
			while (System.nanoTime() < deadline) {
				long start = System.nanoTime();
				producer.send(new ProducerRecord<>(SCRATCH_TOPIC, "key-" + (sent % 1000), value))
					.get(30, TimeUnit.SECONDS);
				latencies.add(System.nanoTime() - start);
				sent++;
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		result.put("records", sent);
		result.put("recordsPerSecond", Report.round(sent / seconds));
		result.put("megabytesPerSecond", Report.round(sent * RECORD_BYTES / seconds / 1e6));
		latencies.summary().into(result);
		return sent;
	}

	private void consume(long expected, ObjectNode result) {
		Properties config = new Properties();
		config.putAll(this.kafka);
		config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
		config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
		config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
		long received = 0;
		long bytes = 0;
		long started = System.nanoTime();
		long giveUp = started + Duration.ofSeconds(120).toNanos();
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
				new ByteArrayDeserializer())) {
			List<TopicPartition> partitions = consumer.partitionsFor(SCRATCH_TOPIC)
				.stream()
				.map((partition) -> new TopicPartition(SCRATCH_TOPIC, partition.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			while (received < expected && System.nanoTime() < giveUp) {
				ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
				for (var record : records) {
					received++;
					bytes += record.value().length;
				}
			}
		}
		double seconds = (System.nanoTime() - started) / 1e9;
		result.put("records", received);
		result.put("recordsPerSecond", Report.round(received / seconds));
		result.put("megabytesPerSecond", Report.round(bytes / seconds / 1e6));
	}

	private Properties producerConfig() {
		Properties config = new Properties();
		config.putAll(this.kafka);
		config.put(ProducerConfig.ACKS_CONFIG, "all");
		config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
		return config;
	}

}
