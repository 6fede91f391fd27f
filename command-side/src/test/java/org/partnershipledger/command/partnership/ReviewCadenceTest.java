package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.command.partnership.ReviewCommands.ScheduleNextReview;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.relational.ReviewType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasProperty;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.ReviewTestData.DUE;
import static org.partnershipledger.command.partnership.ReviewTestData.MISSED_FROM;
import static org.partnershipledger.command.partnership.ReviewTestData.REVIEW;
import static org.partnershipledger.command.partnership.ReviewTestData.held;
import static org.partnershipledger.command.partnership.ReviewTestData.missed;
import static org.partnershipledger.command.partnership.ReviewTestData.scheduled;

/**
 * Reviews by cadence (DOMAIN.md §6): once a review of a type with a cadence is held or
 * missed, the ledger schedules the next of its type at the previous due date plus the
 * cadence, once; not while another of the type is open or a later one exists, not for a
 * one-off type, and not once the partnership is exiting or closed. Every case that
 * schedules nothing refuses nothing either, so the processor that asks never stalls.
 */
class ReviewCadenceTest {

	private static final Instant NOW = day(10);

	private static final String NEXT = ScheduleNextReview.nextReviewId(PARTNERSHIP, REVIEW);

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static List<PartnershipEvent> activeWith(PartnershipEvent... more) {
		return concat(formalRelationalActive(), List.of(more));
	}

	private static ScheduleNextReview next() {
		return ScheduleNextReview.after(PARTNERSHIP, REVIEW, NOW);
	}

	private static ReviewPointScheduled scheduledAs(String reviewId, ReviewType type, LocalDate due) {
		return new ReviewPointScheduled(PARTNERSHIP, reviewId, type, due, 7, null, List.of(), false, false, day(3));
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void aHeldBoardReviewIsFollowedByTheNextAQuarterAfterItsDueDateScheduledByTheLedger() {
		ReviewPointScheduled expected = new ReviewPointScheduled(PARTNERSHIP, NEXT, ReviewType.PARTNERSHIP_BOARD_REVIEW,
				DUE.plusMonths(3), 14, BOARD, List.of(), true, false, NOW);
		Matcher<List<EventMessage<?>>> bySystem = (Matcher) Matchers.exactSequenceOf(
				(Matcher) org.hamcrest.Matchers.allOf(Matchers.messageWithPayload(equalTo(expected)),
						hasProperty("metaData", hasEntry(EventMetaData.ACTOR_ROLE, ActorRole.SYSTEM.name())),
						hasProperty("metaData",
								hasEntry(EventMetaData.ACTOR_DISPLAY_NAME, Partnership.SYSTEM_SCHEDULE_NAME))),
				Matchers.andNoMore());

		this.fixture.given(activeWith(scheduled(true), held(REVIEW, ReviewTestData.bothRate(4), null)))
			.when(next())
			.expectEventsMatching(bySystem);
	}

	@Test
	void aMissedOperationalReviewIsFollowedAMonthAfterItsDueDate() {
		this.fixture
			.given(activeWith(scheduledAs(REVIEW, ReviewType.OPERATIONAL_REVIEW, DUE),
					new ReviewPointMissed(PARTNERSHIP, REVIEW, DUE, 7, MISSED_FROM, MISSED_FROM)))
			.when(next())
			.expectEvents(new ReviewPointScheduled(PARTNERSHIP, NEXT, ReviewType.OPERATIONAL_REVIEW,
					LocalDate.parse("2025-10-30"), 7, null, List.of(), false, false, NOW));
	}

	@Test
	void eachTypeWithACadenceRepeatsByItsOwnCadence() {
		for (ReviewType type : List.of(ReviewType.ANNUAL_PERFORMANCE_ASSESSMENT, ReviewType.RELATIONAL_HEALTH_CHECK,
				ReviewType.CHARACTERISTICS_REASSESSMENT)) {
			LocalDate expectedDue = (type == ReviewType.RELATIONAL_HEALTH_CHECK) ? DUE.plusMonths(6)
					: DUE.plusMonths(12);
			new AggregateTestFixture<>(Partnership.class)
				.given(activeWith(scheduledAs(REVIEW, type, DUE), held(REVIEW, List.of(), null)))
				.when(next())
				.expectEvents(new ReviewPointScheduled(PARTNERSHIP, NEXT, type, expectedDue, 7, null, List.of(), false,
						false, NOW));
		}
	}

	@Test
	void theNextIsDueAfterTheRescheduledDueDate() {
		LocalDate moved = LocalDate.parse("2025-10-20");
		this.fixture
			.given(activeWith(scheduled(false),
					new ReviewPointRescheduled(PARTNERSHIP, REVIEW, moved, "Chair unavailable", day(4)),
					held(REVIEW, List.of(), null)))
			.when(next())
			.expectEvents(new ReviewPointScheduled(PARTNERSHIP, NEXT, ReviewType.PARTNERSHIP_BOARD_REVIEW,
					moved.plusMonths(3), 14, BOARD, List.of(), false, false, NOW));
	}

	@Test
	void aRepeatSchedulesNothingAndRefusesNothing() {
		this.fixture
			.given(activeWith(scheduled(false), held(REVIEW, List.of(), null),
					new ReviewPointScheduled(PARTNERSHIP, NEXT, ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE.plusMonths(3),
							14, BOARD, List.of(), false, false, NOW)))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void nothingIsScheduledWhileAnotherReviewOfTheTypeIsStillScheduled() {
		this.fixture
			.given(activeWith(scheduled(false),
					scheduledAs("rv-2", ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE.plusMonths(2)),
					held(REVIEW, List.of(), null)))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void nothingIsScheduledAfterAReviewWhenALaterOneOfTheTypeWasAlreadyHeld() {
		this.fixture
			.given(activeWith(scheduled(false),
					scheduledAs("rv-2", ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE.plusMonths(3)),
					held("rv-2", List.of(), null), held(REVIEW, List.of(), null)))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void aReviewOfAnotherTypeDoesNotStopTheNext() {
		this.fixture
			.given(activeWith(scheduled(false), scheduledAs("rv-2", ReviewType.OPERATIONAL_REVIEW, DUE.plusMonths(1)),
					held(REVIEW, List.of(), null)))
			.when(next())
			.expectEvents(new ReviewPointScheduled(PARTNERSHIP, NEXT, ReviewType.PARTNERSHIP_BOARD_REVIEW,
					DUE.plusMonths(3), 14, BOARD, List.of(), false, false, NOW));
	}

	@Test
	void aOneOffReviewIsNotRepeated() {
		this.fixture
			.given(activeWith(scheduledAs(REVIEW, ReviewType.TRIGGERED_REVIEW, DUE), held(REVIEW, List.of(), null)))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void aReviewStillScheduledHasNoNextYet() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void nothingIsScheduledOnceThePartnershipIsExiting() {
		this.fixture.given(activeWith(scheduled(false), missed(MISSED_FROM), ExitTestData.terminated()))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void nothingIsScheduledNorRefusedOnceThePartnershipIsClosed() {
		this.fixture
			.given(activeWith(scheduled(false), held(REVIEW, List.of(), null), ExitTestData.terminated(),
					ExitTestData.closed()))
			.when(next())
			.expectSuccessfulHandlerExecution()
			.expectNoEvents();
	}

	@Test
	void theNextReviewIdIsTheSameForTheSamePreviousReviewAndDiffersOtherwise() {
		assertThat(ScheduleNextReview.nextReviewId(PARTNERSHIP, REVIEW))
			.isEqualTo(ScheduleNextReview.after(PARTNERSHIP, REVIEW, NOW).reviewId())
			.isNotEqualTo(ScheduleNextReview.nextReviewId(PARTNERSHIP, "rv-2"))
			.isNotEqualTo(ScheduleNextReview.nextReviewId("another-partnership", REVIEW));
	}

}
