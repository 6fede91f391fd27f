package org.partnershipledger.command;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

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
 * A review not held by its due date plus grace is recorded as missed exactly once, by the
 * ledger itself, even when the deadline passed while the deadline processor was down: the
 * processor catches up from its token and the next sweep finds the review. A review held
 * in time is never missed, nor is one still open when its partnership closed. (Each held
 * or missed review here is followed by the next of its type, which the tests wait for, so
 * nothing is stored after they end.)
 */
class MissedReviewDetectionTest extends RelationalIntegrationTest {

	private static final String DEADLINES = "review-deadlines";

	@Autowired
	private MissedReviewSweep sweep;

	@Autowired
	private MovableClock clock;

	@Autowired
	private EventProcessingConfiguration processing;

	@AfterEach
	void clockBackToNow() {
		this.clock.reset();
		deadlineProcessor().start();
	}

	@Test
	void aDeadlinePassedWhileTheProcessorWasDownIsMissedOnceAfterItsRestart() {
		Setup setup = formalRelationalActive();
		deadlineProcessor().shutdownAsync().join();
		String reviewId = scheduleBoardReview(setup, LocalDate.now(this.clock), 2);

		this.clock.advance(Duration.ofDays(4));
		this.sweep.sweep();
		assertThat(missedEventsOf(setup.id(), reviewId)).as("nothing known of the review while down").isEmpty();

		deadlineProcessor().start();
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("OPEN"));
		this.sweep.sweep();
		this.sweep.sweep();

		assertThat(missedEventsOf(setup.id(), reviewId)).hasSize(1)
			.allSatisfy((actor) -> assertThat(actor).contains("\"actorRole\":\"SYSTEM\""));
		assertThat(deadlineState(setup.id(), reviewId)).containsExactly("CLOSED");
		String next = ScheduleNextReview.nextReviewId(setup.id(), reviewId);
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), next).contains("OPEN"));
		long stored = storedEventsOf(setup.id());
		this.sweep.sweep();
		assertThat(storedEventsOf(setup.id())).isEqualTo(stored);
	}

	@Test
	void aReviewHeldInTimeIsNeverMissed() {
		Setup setup = formalRelationalActive();
		String reviewId = scheduleBoardReview(setup, LocalDate.now(this.clock), 0);
		created(post(setup.path("/reviews/" + reviewId + "/held"), COMMISSIONER,
				"{\"heldOn\": \"" + LocalDate.now(this.clock) + "\", \"attendeePartyIds\": " + setup.parties()
						+ ", \"decisions\": [\"Keep going\"], \"performanceRating\": \"GOOD\"}"));
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("CLOSED"));
		String next = ScheduleNextReview.nextReviewId(setup.id(), reviewId);
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), next).contains("OPEN"));

		this.clock.advance(Duration.ofDays(3));
		this.sweep.sweep();

		assertThat(missedEventsOf(setup.id(), reviewId)).isEmpty();
	}

	@Test
	void aReviewStillOpenWhenThePartnershipClosedIsNotTriedAgain() {
		Setup setup = formalRelationalActive();
		String reviewId = scheduleBoardReview(setup, LocalDate.now(this.clock), 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("OPEN"));
		deadlineProcessor().shutdownAsync().join();
		created(post(setup.path("/contract/termination"), COMMISSIONER,
				"{\"reason\": \"EARLY_BY_AGREEMENT\", \"terminationDate\": \"" + LocalDate.now(this.clock) + "\"}"));
		created(post(setup.path("/closure"), COMMISSIONER, "{\"closedOn\": \"" + LocalDate.now(this.clock)
				+ "\", \"summary\": \"Closed early\", \"lessons\": []}"));
		long stored = storedEventsOf(setup.id());

		this.clock.advance(Duration.ofDays(3));
		this.sweep.sweep();

		assertThat(missedEventsOf(setup.id(), reviewId)).isEmpty();
		assertThat(deadlineState(setup.id(), reviewId)).as("the sweep takes the closed partnership as done")
			.containsExactly("CLOSED");
		assertThat(storedEventsOf(setup.id())).isEqualTo(stored);
	}

	@Test
	void aPartnershipsClosureClosesItsOpenDeadlines() {
		Setup setup = formalRelationalActive();
		String reviewId = scheduleBoardReview(setup, LocalDate.now(this.clock), 0);
		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("OPEN"));
		created(post(setup.path("/contract/termination"), COMMISSIONER,
				"{\"reason\": \"EARLY_BY_AGREEMENT\", \"terminationDate\": \"" + LocalDate.now(this.clock) + "\"}"));
		created(post(setup.path("/closure"), COMMISSIONER, "{\"closedOn\": \"" + LocalDate.now(this.clock)
				+ "\", \"summary\": \"Closed early\", \"lessons\": []}"));

		await().atMost(Duration.ofSeconds(30)).until(() -> deadlineState(setup.id(), reviewId).contains("CLOSED"));
	}

	private StreamingEventProcessor deadlineProcessor() {
		return this.processing.eventProcessor(DEADLINES, StreamingEventProcessor.class).orElseThrow();
	}

	/** The metadata of each ReviewPointMissed stored for the review. */
	private List<String> missedEventsOf(String partnershipId, String reviewId) {
		return this.jdbc.sql("""
				SELECT convert_from(metadata, 'UTF8') FROM domainevententry
				 WHERE aggregateidentifier = :id AND payloadtype LIKE '%.ReviewPointMissed'
				   AND convert_from(payload, 'UTF8') LIKE :review
				""").param("id", partnershipId).param("review", "%" + reviewId + "%").query(String.class).list();
	}

}
