package org.partnershipledger.command.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicOrderCheck;
import org.partnershipledger.command.TopicTail;

/**
 * F3: the relay killed between the store's commit and Kafka's acknowledgement, at many
 * random points while commands flow. Inside the JVM a kill is one of: the relay's
 * processor stopped and a new one started from the stored token; the relay dying after
 * Kafka acknowledged a record but before its token was stored; the producer closed at
 * once with records in flight. At the end every stored event is on the topic in its
 * partnership's order; repeats are counted.
 */
class RelayCrashTest extends CommandSideIntegrationTest {

	private static final int PARTNERSHIPS = 6;

	private static final int COMMANDS = 120;

	private static final int FAULTS = 24;

	enum Fault {

		PROCESSOR_RESTARTED, DIED_AFTER_ACKNOWLEDGEMENT, PRODUCER_CLOSED

	}

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private DefaultKafkaProducerFactory<String, String> producers;

	@Test
	void killedAtRandomPointsTheRelayStillPublishesEveryEventInOrder() throws Exception {
		long seed = System.nanoTime();
		Random random = new Random(seed);
		PooledStreamingEventProcessor relay = this.processing
			.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP, PooledStreamingEventProcessor.class)
			.orElseThrow();
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < PARTNERSHIPS; i++) {
			ids.add(registered());
		}
		Map<Fault, Integer> faults = new EnumMap<>(Fault.class);
		AtomicBoolean commandsDone = new AtomicBoolean();
		try (TopicTail tail = tail()) {
			CompletableFuture<Void> commands = CompletableFuture.runAsync(() -> {
				for (int i = 0; i < COMMANDS; i++) {
					post("/internal/v1/partnerships/" + ids.get(i % PARTNERSHIPS) + "/assessments", COMMISSIONER,
							Bodies.assessment(4, 4, 4, 3, 5, 4, 5));
				}
				commandsDone.set(true);
			});
			this.producers.setPhysicalCloseTimeout(0);
			try {
				for (int i = 0; i < FAULTS && !commandsDone.get(); i++) {
					long target = storedEventsOf(ids) + 1 + random.nextInt(5);
					Awaitility.await()
						.atMost(Duration.ofSeconds(60))
						.pollInterval(Duration.ofMillis(5))
						.until(() -> commandsDone.get() || storedEventsOf(ids) >= target);
					Fault fault = Fault.values()[random.nextInt(Fault.values().length)];
					inject(fault, relay, random);
					faults.merge(fault, 1, Integer::sum);
				}
				commands.get();
			}
			finally {
				this.flakySender.failNext(0);
				this.producers.setPhysicalCloseTimeout(30);
				if (!relay.isRunning()) {
					relay.start();
				}
			}
			TopicOrderCheck.Outcome outcome = TopicOrderCheck.verify(this.jdbc, tail, ids, Duration.ofSeconds(120));
			System.out
				.println("F3 relay killed at random points (seed " + seed + "): faults " + faults + "; " + outcome);
		}
	}

	private void inject(Fault fault, PooledStreamingEventProcessor relay, Random random) {
		switch (fault) {
			case PROCESSOR_RESTARTED -> {
				relay.shutDown();
				relay.start();
			}
			case DIED_AFTER_ACKNOWLEDGEMENT -> this.flakySender.dieAfter(random.nextInt(3));
			case PRODUCER_CLOSED -> this.producers.reset();
		}
	}

	private long storedEventsOf(List<String> ids) {
		return this.jdbc.sql("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (:ids)")
			.param("ids", ids)
			.query(Long.class)
			.single();
	}

}
