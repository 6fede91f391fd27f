package org.partnershipledger.command.relay;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideApplication;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicOrderCheck;
import org.partnershipledger.command.TopicTail;
import org.partnershipledger.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F12: while commands flow and this instance's relay is sending, a second command-side
 * instance (same database and broker, started in this JVM, its relay started once this
 * instance's sends are held) claims the relay's segments: it takes a claim not renewed
 * for a second, and this instance's sends are held until every segment is the second's.
 * Then the held sends go out and this instance's batch cannot store its token. The second
 * instance stops, this one takes the segments back, and every stored event is on the
 * topic in its partnership's order; repeats are counted.
 */
class SecondInstanceTest extends CommandSideIntegrationTest {

	private static final String SECOND = "command-side-b";

	private static final int PARTNERSHIPS = 6;

	@Test
	void segmentsClaimedByASecondInstanceWhileTheFirstIsSendingLoseNoEvent() throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < PARTNERSHIPS; i++) {
			ids.add(registered());
		}
		AtomicBoolean stop = new AtomicBoolean();
		AtomicInteger sent = new AtomicInteger();
		try (TopicTail tail = tail()) {
			CompletableFuture<Void> commands = CompletableFuture.runAsync(() -> {
				while (!stop.get() && sent.get() < 2000) {
					post("/internal/v1/partnerships/" + ids.get(sent.getAndIncrement() % PARTNERSHIPS) + "/assessments",
							COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5));
				}
			});
			int heldWhileClaimed;
			int claimedBySecond;
			try (ConfigurableApplicationContext second = secondInstance()) {
				StreamingEventProcessor secondRelay = second.getBean(EventProcessingConfiguration.class)
					.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
					.orElseThrow();
				secondRelay.shutDown();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> segmentsOwnedBy(SECOND) == 0);
				this.flakySender.hold();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> this.flakySender.heldSends() > 0);
				secondRelay.start();
				Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> segmentsOwnedBy(SECOND) == 4);
				heldWhileClaimed = this.flakySender.heldSends();
				claimedBySecond = segmentsOwnedBy(SECOND);
				this.flakySender.release();
				int before = sent.get();
				Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= before + 20);
			}
			finally {
				this.flakySender.release();
			}
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> segmentsOwnedBy(SECOND) == 0);
			int before = sent.get();
			Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> sent.get() >= before + 10);
			stop.set(true);
			commands.get();
			TopicOrderCheck.Outcome outcome = TopicOrderCheck.verify(this.jdbc, tail, ids, Duration.ofSeconds(120));
			System.out
				.println("F12 second instance claimed " + claimedBySecond + " of 4 segments while " + heldWhileClaimed
						+ " send(s) of the first were in flight; " + sent.get() + " commands; " + outcome);
			assertThat(heldWhileClaimed).isPositive();
		}
	}

	/**
	 * The same application against the same database and broker, claiming as another
	 * node.
	 */
	private ConfigurableApplicationContext secondInstance() {
		return new SpringApplicationBuilder(CommandSideApplication.class).run(
				"--spring.datasource.url=" + TestPostgres.jdbcUrl("command_side"),
				"--spring.datasource.username=" + TestPostgres.username(),
				"--spring.datasource.password=" + TestPostgres.password(),
				"--spring.kafka.bootstrap-servers=" + this.kafka.getBrokersAsString(),
				"--ledger.internal.secret=" + SECRET, "--server.port=0", "--ledger.event-store.node-name=" + SECOND,
				"--axon.eventhandling.tokenstore.claim-timeout=1s",
				"--axon.eventhandling.processors.kafka-relay.token-claim-interval=200",
				"--ledger.relay.topic-partitions=1", "--ledger.reviews.sweep-enabled=false",
				"--ledger.relay.skipped-event-check-enabled=false",
				"--ledger.checkpoint.signing-key=" + InstanceKeys.encode(SIGNING_KEYS.getPrivate()));
	}

	private int segmentsOwnedBy(String owner) {
		return this.jdbc.sql("SELECT count(*) FROM tokenentry WHERE processorname = 'kafka-relay' AND owner = :owner")
			.param("owner", owner)
			.query(Integer.class)
			.single();
	}

}
