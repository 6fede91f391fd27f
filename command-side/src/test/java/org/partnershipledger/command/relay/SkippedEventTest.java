package org.partnershipledger.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicOrderCheck;
import org.partnershipledger.command.TopicTail;

/**
 * F11: a command whose transaction stays open longer than the event store's gap timeout
 * (10 s in the tests, 60 s by default; gaps are cleaned from two on). Axon's JDBC store
 * then moves past the hole for good and its stream never delivers the event
 * (AxonFramework issue 4829). The test holds two commands' transactions open (a row lock
 * on the hash chain they must extend) until the relay's tokens have passed their events
 * without gaps, then lets them commit: the relay publishes one before its partnership's
 * next event, and the skipped-event check publishes the other, which is its partnership's
 * last.
 */
class SkippedEventTest extends CommandSideIntegrationTest {

	@Autowired
	private DataSource dataSource;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private SkippedEventCheck check;

	@Test
	void anEventCommittedAfterTheGapTimeoutStillReachesKafkaInOrder() throws Exception {
		String followed = registered();
		String last = registered();
		try (TopicTail tail = tail(); Connection blocker = this.dataSource.getConnection()) {
			tail.awaitEvents(eventIdsOf(List.of(followed, last)), Duration.ofSeconds(30));
			blocker.setAutoCommit(false);
			lockChainLink(blocker, followed);
			lockChainLink(blocker, last);
			CompletableFuture<ResponseEntity<String>> heldFollowed = CompletableFuture.supplyAsync(
					() -> post("/internal/v1/partnerships/" + followed + "/parties", COMMISSIONER, Bodies.ADD_CHARITY));
			CompletableFuture<ResponseEntity<String>> heldLast = CompletableFuture.supplyAsync(
					() -> post("/internal/v1/partnerships/" + last + "/parties", COMMISSIONER, Bodies.ADD_CHARITY));
			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> transactionsWaitingOnALock() >= 2);
			registered();
			long committedAfterTheHeldEvents = highestGlobalIndex();
			long started = System.nanoTime();
			Awaitility.await()
				.atMost(Duration.ofSeconds(90))
				.pollInterval(Duration.ofSeconds(1))
				.until(() -> registered() != null && relayPassedEverythingBelow(committedAfterTheHeldEvents));
			System.out.printf("F11 the relay's stream passed the two open transactions' events after %d ms%n",
					(System.nanoTime() - started) / 1_000_000);
			blocker.rollback();
			assertThat(heldFollowed.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);
			assertThat(heldLast.get().getStatusCode()).isEqualTo(HttpStatus.CREATED);

			post("/internal/v1/partnerships/" + followed + "/assessments", COMMISSIONER,
					Bodies.assessment(4, 4, 4, 3, 5, 4, 5));
			TopicOrderCheck.Outcome followedOutcome = TopicOrderCheck.verify(this.jdbc, tail, List.of(followed),
					Duration.ofSeconds(30));
			int lastOnTopicBeforeTheCheck = tail.of(Set.of(last)).size();
			int published = this.check.check();
			TopicOrderCheck.Outcome lastOutcome = TopicOrderCheck.verify(this.jdbc, tail, List.of(last),
					Duration.ofSeconds(30));
			System.out.println("F11 followed by a later event: " + followedOutcome + "; its partnership's last: "
					+ lastOnTopicBeforeTheCheck + " record(s) on the topic before the check, which published "
					+ published + "; then " + lastOutcome);
			assertThat(lastOnTopicBeforeTheCheck).as("the stream never delivered the late event").isEqualTo(1);
			assertThat(published).isPositive();
		}
	}

	/** Takes the chain link the partnership's next event needs, so its append waits. */
	private static void lockChainLink(Connection connection, String partnershipId) throws SQLException {
		try (PreparedStatement insert = connection.prepareStatement("INSERT INTO event_chain "
				+ "(partnership_id, sequence_number, event_id, chain_hash, previous_hash) VALUES (?, 1, ?, ?, ?)")) {
			insert.setString(1, partnershipId);
			insert.setString(2, "blocker-" + UUID.randomUUID());
			insert.setString(3, "0".repeat(64));
			insert.setString(4, "0".repeat(64));
			insert.executeUpdate();
		}
	}

	private long transactionsWaitingOnALock() {
		return this.jdbc
			.sql("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
					+ "AND datname = current_database()")
			.query(Long.class)
			.single();
	}

	private long highestGlobalIndex() {
		return this.jdbc.sql("SELECT max(globalindex) FROM domainevententry").query(Long.class).single();
	}

	/**
	 * Every segment's token is at or past the index and waits for no hole before it. The
	 * index is one committed before the check, so a segment still handing on the newest
	 * event does not count as waiting.
	 */
	private boolean relayPassedEverythingBelow(long globalIndex) {
		StreamingEventProcessor relay = this.processing
			.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
			.orElseThrow();
		return !relay.processingStatus().isEmpty() && relay.processingStatus().values().stream().allMatch((status) -> {
			TrackingToken token = WrappedToken.unwrapLowerBound(status.getTrackingToken());
			return token instanceof GapAwareTrackingToken gapAware && gapAware.getIndex() >= globalIndex
					&& gapAware.getGaps().headSet(globalIndex).isEmpty();
		});
	}

	private List<String> eventIdsOf(List<String> partnershipIds) {
		return this.jdbc.sql("SELECT eventidentifier FROM domainevententry WHERE aggregateidentifier IN (:ids)")
			.param("ids", partnershipIds)
			.query(String.class)
			.list();
	}

}
