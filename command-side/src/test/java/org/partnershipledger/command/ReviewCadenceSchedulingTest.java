package org.partnershipledger.command;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.command.partnership.ReviewCommands.ScheduleNextReview;
import org.partnershipledger.command.review.MissedReviewSweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Reviews by cadence through the whole command side: a board review held or missed is
 * followed by the next one a quarter after its due date, scheduled by the ledger itself
 * from a tracking processor, so a miss recorded while that processor was down is followed
 * up after its restart, and a repeat of the request stores nothing.
 */
class ReviewCadenceSchedulingTest extends RelationalIntegrationTest {

	private static final String CADENCE = "review-cadence";

	@Autowired
	private MissedReviewSweep sweep;

	@Autowired
	private MovableClock clock;

	@Autowired
	private EventProcessingConfiguration processing;

	@Autowired
	private CommandGateway commands;

	@AfterEach
	void clockBackAndProcessorRunning() {
		this.clock.reset();
		cadenceProcessor().start();
	}

	@Test
	void aHeldBoardReviewIsFollowedByTheNextAQuarterLaterScheduledByTheLedger() {
		Setup setup = formalRelationalActive();
		LocalDate due = LocalDate.now(this.clock);
		String reviewId = scheduleBoardReview(setup, due, 14);

		created(post(setup.path("/reviews/" + reviewId + "/held"), COMMISSIONER,
				"{\"heldOn\": \"" + due + "\", \"attendeePartyIds\": " + setup.parties()
						+ ", \"decisions\": [\"Keep going\"], \"performanceRating\": \"GOOD\"}"));

		String next = ScheduleNextReview.nextReviewId(setup.id(), reviewId);
		await().atMost(Duration.ofSeconds(30)).until(() -> !scheduledEvents(setup.id(), next).isEmpty());
		assertThat(scheduledEvents(setup.id(), next)).singleElement()
			.satisfies((event) -> assertThat(event).contains("\"dueDate\":\"" + due.plusMonths(3) + "\"",
					"\"type\":\"PARTNERSHIP_BOARD_REVIEW\"", "\"bodyId\":\"board\""));
		assertThat(metadataOf(setup.id(), next)).contains("\"actorRole\":\"SYSTEM\"");
	}

	@Test
	void aMissRecordedWhileTheProcessorWasDownIsFollowedUpOnceAfterItsRestart() {
		Setup setup = formalRelationalActive();
		LocalDate due = LocalDate.now(this.clock);
		String reviewId = scheduleBoardReview(setup, due, 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("OPEN"));
		cadenceProcessor().shutdownAsync().join();

		this.clock.advance(Duration.ofDays(2));
		assertThat(this.sweep.sweep()).isPositive();
		String next = ScheduleNextReview.nextReviewId(setup.id(), reviewId);
		assertThat(scheduledEvents(setup.id(), next)).as("nothing scheduled while the processor is down").isEmpty();

		cadenceProcessor().start();
		await().atMost(Duration.ofSeconds(30)).until(() -> !scheduledEvents(setup.id(), next).isEmpty());
		assertThat(scheduledEvents(setup.id(), next)).singleElement()
			.satisfies((event) -> assertThat(event).contains("\"dueDate\":\"" + due.plusMonths(3) + "\""));

		long stored = storedEventsOf(setup.id());
		this.commands.sendAndWait(ScheduleNextReview.after(setup.id(), reviewId, this.clock.instant()));
		assertThat(storedEventsOf(setup.id())).as("a repeat stores nothing").isEqualTo(stored);
	}

	private StreamingEventProcessor cadenceProcessor() {
		return this.processing.eventProcessor(CADENCE, StreamingEventProcessor.class).orElseThrow();
	}

	/** The payload of each ReviewPointScheduled stored for the review. */
	private List<String> scheduledEvents(String partnershipId, String reviewId) {
		return this.jdbc.sql("""
				SELECT convert_from(payload, 'UTF8') FROM domainevententry
				 WHERE aggregateidentifier = :id AND payloadtype LIKE '%.ReviewPointScheduled'
				   AND convert_from(payload, 'UTF8') LIKE :review
				""").param("id", partnershipId).param("review", "%" + reviewId + "%").query(String.class).list();
	}

	private String metadataOf(String partnershipId, String reviewId) {
		return this.jdbc.sql("""
				SELECT convert_from(metadata, 'UTF8') FROM domainevententry
				 WHERE aggregateidentifier = :id AND payloadtype LIKE '%.ReviewPointScheduled'
				   AND convert_from(payload, 'UTF8') LIKE :review
				""").param("id", partnershipId).param("review", "%" + reviewId + "%").query(String.class).single();
	}

}
