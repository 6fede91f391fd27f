package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.command.partnership.ReviewCommands.HoldReview;
import org.partnershipledger.command.partnership.ReviewCommands.MarkReviewPointMissed;
import org.partnershipledger.command.partnership.ReviewCommands.RescheduleReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleReview;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.health.HealthFlag;
import org.partnershipledger.events.health.HealthFlagKind;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyHealth;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthResult;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasProperty;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.OUTSIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.charityJoined;
import static org.partnershipledger.command.partnership.PartnershipTestData.recommendation;
import static org.partnershipledger.command.partnership.PartnershipTestData.registered;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalChosen;
import static org.partnershipledger.command.partnership.ReviewTestData.DUE;
import static org.partnershipledger.command.partnership.ReviewTestData.HELD_ON;
import static org.partnershipledger.command.partnership.ReviewTestData.MISSED_FROM;
import static org.partnershipledger.command.partnership.ReviewTestData.REVIEW;
import static org.partnershipledger.command.partnership.ReviewTestData.bothRate;
import static org.partnershipledger.command.partnership.ReviewTestData.held;
import static org.partnershipledger.command.partnership.ReviewTestData.holdRequest;
import static org.partnershipledger.command.partnership.ReviewTestData.missed;
import static org.partnershipledger.command.partnership.ReviewTestData.scheduleRequest;
import static org.partnershipledger.command.partnership.ReviewTestData.scheduled;

/**
 * Review points: a commissioner schedules (once the model is chosen), reschedules with a
 * reason and records them held, with the relational health check computed once; each
 * party confirms the minutes once, for itself; a review not held by the end of its grace
 * is missed exactly once, and a held review is never missed nor a missed one held.
 */
class ReviewTest {

	private AggregateTestFixture<Partnership> fixture;

	@BeforeEach
	void setUp() {
		this.fixture = new AggregateTestFixture<>(Partnership.class);
	}

	private static List<PartnershipEvent> activeWith(PartnershipEvent... more) {
		return concat(formalRelationalActive(), List.of(more));
	}

	private static ScheduleReview schedule(Identity who, String bodyId) {
		return new ScheduleReview(PARTNERSHIP, REVIEW, who, scheduleRequest(bodyId, false), day(3));
	}

	private static HoldReview hold(Identity who) {
		return new HoldReview(PARTNERSHIP, REVIEW, who, holdRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of()),
				day(4));
	}

	private static ConfirmReviewMinutes confirm(Identity who, String partyId, String dissent) {
		return new ConfirmReviewMinutes(PARTNERSHIP, REVIEW, who,
				new ConfirmReviewMinutesRequest(partyId, dissent, null, null), day(5));
	}

	@Test
	void aCommissionerSchedulesAReviewWithFourteenDaysGraceByDefault() {
		this.fixture.given(activeWith())
			.when(schedule(COMMISSIONER, BOARD))
			.expectSuccessfulHandlerExecution()
			.expectEvents(scheduled(false));
	}

	@Test
	void reviewsCanBeScheduledOnceTheModelIsChosenBeforeTheContract() {
		this.fixture.given(formalRelationalChosen())
			.when(schedule(COMMISSIONER, null))
			.expectEvents(new ReviewPointScheduled(PARTNERSHIP, REVIEW, ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE, 14,
					null, List.of("Quarterly outcomes"), false, false, day(3)));
	}

	@Test
	void noReviewBeforeTheModelIsChosen() {
		this.fixture.given(registered(), charityJoined())
			.when(schedule(COMMISSIONER, null))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aReviewByABodyThatIsNotInForceIsRefused() {
		this.fixture.given(activeWith())
			.when(schedule(COMMISSIONER, "no-such-body"))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "bodyId"))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotScheduleReviews() {
		this.fixture.given(activeWith())
			.when(schedule(PROVIDER, BOARD))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void anAuditorMayNotScheduleHoldOrConfirm() {
		this.fixture.given(activeWith())
			.when(schedule(AUDITOR, BOARD))
			.expectException(rejection(RejectionKind.FORBIDDEN));
		this.fixture.given(activeWith(scheduled(false)))
			.when(hold(AUDITOR))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(confirm(AUDITOR, null, null))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void someoneWhoIsNoPartyLearnsNothing() {
		this.fixture.given(activeWith())
			.when(schedule(OUTSIDER, BOARD))
			.expectException(rejection(RejectionKind.NOT_FOUND));
		this.fixture.given(activeWith(scheduled(false)))
			.when(hold(OUTSIDER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(confirm(OUTSIDER, null, null))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aCommissionerReschedulesWithAReason() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(new RescheduleReview(PARTNERSHIP, REVIEW, COMMISSIONER,
					new RescheduleReviewRequest(LocalDate.parse("2025-10-14"), "The chief executive is away", null,
							null),
					day(4)))
			.expectEvents(new ReviewPointRescheduled(PARTNERSHIP, REVIEW, LocalDate.parse("2025-10-14"),
					"The chief executive is away", day(4)));
	}

	@Test
	void aReschedulingWithoutAReasonIsRefused() {
		Clock clock = Clock.fixed(day(5), ZoneOffset.UTC);

		assertThat(new RescheduleReviewRequest(LocalDate.parse("2025-10-14"), " ", null, null).problems(clock))
			.extracting(FieldProblem::field)
			.containsExactly("reason");
	}

	@Test
	void aHeldOrMissedReviewIsNotRescheduled() {
		RescheduleReview reschedule = new RescheduleReview(PARTNERSHIP, REVIEW, COMMISSIONER,
				new RescheduleReviewRequest(LocalDate.parse("2025-10-14"), "Later", null, null), day(6));
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(reschedule)
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
		this.fixture.given(activeWith(scheduled(false), missed(MISSED_FROM)))
			.when(reschedule)
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aHeldReviewStoresTheHealthCheckComputedAgainstThePreviousOne() {
		// the previous check: everyone rated 5 (overall 5.00); now everyone rates 4
		// (4.00, a fall of 1)
		Map<HealthItem, BigDecimal> fours = new java.util.EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			fours.put(item, new BigDecimal("4.00"));
		}
		RelationalHealthResult expected = new RelationalHealthResult("RHC-1",
				List.of(new PartyHealth(COUNCIL_PARTY, 1, fours, new BigDecimal("4.00")),
						new PartyHealth(CHARITY_PARTY, 1, fours, new BigDecimal("4.00"))),
				new BigDecimal("4.00"), Rag.GREEN, List.of(new HealthFlag(HealthFlagKind.DECLINING, null, List.of())),
				new BigDecimal("5.00"));

		this.fixture
			.given(activeWith(
					new ReviewPointScheduled(PARTNERSHIP, "rv-0", ReviewType.RELATIONAL_HEALTH_CHECK,
							LocalDate.parse("2025-06-30"), 14, null, List.of(), true, false, day(2)),
					held("rv-0", bothRate(5), null), scheduled(true)))
			.when(new HoldReview(PARTNERSHIP, REVIEW, COMMISSIONER,
					holdRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), bothRate(4)), day(4)))
			.expectEvents(new org.partnershipledger.events.ReviewPointHeld(PARTNERSHIP, REVIEW, HELD_ON,
					List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of("Keep the evening sessions"), List.of(),
					PerformanceRating.GOOD, new RelationalHealthCheck(bothRate(4), expected), List.of(), day(4)));
	}

	@Test
	void aReviewScheduledWithAHealthCheckIsNotHeldWithoutOne() {
		this.fixture.given(activeWith(scheduled(true)))
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "relationalHealth"))
			.expectNoEvents();
	}

	@Test
	void aRelationalHealthCheckReviewIsNotHeldWithoutRatingsEvenIfScheduledWithout() {
		ReviewPointScheduled healthCheck = new ReviewPointScheduled(PARTNERSHIP, REVIEW,
				ReviewType.RELATIONAL_HEALTH_CHECK, DUE, 14, BOARD, List.of("How we work together"), false, false,
				day(3));
		this.fixture.given(activeWith(healthCheck))
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "relationalHealth"))
			.expectNoEvents();
	}

	@Test
	void aReviewThatIncludesAReassessmentIsHeldOnlyOnceTheServiceIsReassessed() {
		ReviewPointScheduled withReassessment = new ReviewPointScheduled(PARTNERSHIP, REVIEW,
				ReviewType.CHARACTERISTICS_REASSESSMENT, DUE, 14, BOARD, List.of("Reassess"), false, true, day(3));
		this.fixture.given(activeWith(withReassessment))
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectExceptionMessage(containsString("record the reassessment"))
			.expectNoEvents();
		ServiceCharacteristicsAssessed reassessed = PartnershipTestData.assessed("a-2",
				recommendation(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, Confidence.HIGH), 4, 4, 4, 3, 5, 4, 5);
		new AggregateTestFixture<>(Partnership.class).given(activeWith(withReassessment, reassessed))
			.when(hold(COMMISSIONER))
			.expectSuccessfulHandlerExecution();
	}

	@Test
	void attendeesAndRatedPartiesMustBeParties() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(new HoldReview(PARTNERSHIP, REVIEW, COMMISSIONER,
					holdRequest(List.of(COUNCIL_PARTY, "party-nobody"),
							List.of(new org.partnershipledger.events.health.PartyRatings("party-nobody",
									List.of(ReviewTestData.allRated(3))))),
					day(4)))
			.expectException(rejection(RejectionKind.UNPROCESSABLE, "attendeePartyIds", "relationalHealth"))
			.expectNoEvents();
	}

	@Test
	void aProviderDoesNotRecordAReviewHeld() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(hold(PROVIDER))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void aReviewIsHeldOnceAndAMissedReviewIsNotHeld() {
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
		this.fixture.given(activeWith(scheduled(false), missed(MISSED_FROM)))
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void anUnknownReviewIsNotFound() {
		this.fixture.given(activeWith())
			.when(hold(COMMISSIONER))
			.expectException(rejection(RejectionKind.NOT_FOUND))
			.expectNoEvents();
	}

	@Test
	void aProviderConfirmsTheMinutesForItsOwnPartyWithItsDissent() {
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(confirm(PROVIDER, null, "We see the rating differently"))
			.expectEvents(new ReviewMinutesConfirmed(PARTNERSHIP, REVIEW, CHARITY_PARTY,
					"We see the rating differently", day(5)));
	}

	@Test
	void aCommissionerConfirmsTheMinutesForTheCommissioningParty() {
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(confirm(COMMISSIONER, COUNCIL_PARTY, null))
			.expectEvents(new ReviewMinutesConfirmed(PARTNERSHIP, REVIEW, COUNCIL_PARTY, null, day(5)));
	}

	@Test
	void aProviderDoesNotConfirmForAnotherParty() {
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(confirm(PROVIDER, COUNCIL_PARTY, null))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

	@Test
	void eachPartyConfirmsOnce() {
		this.fixture
			.given(activeWith(scheduled(false), held(REVIEW, List.of(), null),
					new ReviewMinutesConfirmed(PARTNERSHIP, REVIEW, CHARITY_PARTY, null, day(5))))
			.when(confirm(PROVIDER, null, null))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void onlyTheMinutesOfAHeldReviewAreConfirmed() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(confirm(PROVIDER, null, null))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	@SuppressWarnings({ "unchecked", "rawtypes" })
	void theLedgerRecordsAReviewMissedAtTheEndOfItsGraceAsSystem() {
		Instant detected = MISSED_FROM.plusSeconds(60);
		Matcher<List<EventMessage<?>>> missedBySystem = (Matcher) Matchers
			.exactSequenceOf(
					(Matcher) org.hamcrest.Matchers.allOf(Matchers.messageWithPayload(equalTo(missed(detected))),
							hasProperty("metaData", hasEntry(EventMetaData.ACTOR_ROLE, ActorRole.SYSTEM.name())),
							hasProperty("metaData",
									hasEntry(EventMetaData.ACTOR_USER_ID, EventMetaData.SYSTEM_USER_ID))),
					Matchers.andNoMore());

		this.fixture.given(activeWith(scheduled(false)))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, detected))
			.expectEventsMatching(missedBySystem);
	}

	@Test
	void aReviewIsMissedExactlyWhenItsGraceEnds() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, MISSED_FROM))
			.expectEvents(missed(MISSED_FROM));
		this.fixture.given(activeWith(scheduled(false)))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, MISSED_FROM.minusSeconds(1)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aRescheduledReviewIsMissedOnlyAfterItsNewDueDatePlusGrace() {
		ReviewPointRescheduled later = new ReviewPointRescheduled(PARTNERSHIP, REVIEW, LocalDate.parse("2025-10-31"),
				"Moved", day(4));
		this.fixture.given(activeWith(scheduled(false), later))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, MISSED_FROM.plusSeconds(60)))
			.expectException(rejection(RejectionKind.CONFLICT))
			.expectNoEvents();
	}

	@Test
	void aReviewIsMissedOnlyOnce() {
		this.fixture.given(activeWith(scheduled(false), missed(MISSED_FROM)))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, MISSED_FROM.plusSeconds(3600)))
			.expectException(ReviewAlreadySettled.class)
			.expectNoEvents();
	}

	@Test
	void aHeldReviewIsNeverMissed() {
		this.fixture.given(activeWith(scheduled(false), held(REVIEW, List.of(), null)))
			.when(MarkReviewPointMissed.bySystem(PARTNERSHIP, REVIEW, MISSED_FROM.plusSeconds(60)))
			.expectException(ReviewAlreadySettled.class)
			.expectNoEvents();
	}

	@Test
	void aCommissionerMayRecordAMissedReviewAProviderMayNot() {
		this.fixture.given(activeWith(scheduled(false)))
			.when(new MarkReviewPointMissed(PARTNERSHIP, REVIEW, COMMISSIONER, MISSED_FROM))
			.expectEvents(missed(MISSED_FROM));
		this.fixture.given(activeWith(scheduled(false)))
			.when(new MarkReviewPointMissed(PARTNERSHIP, REVIEW, PROVIDER, MISSED_FROM))
			.expectException(rejection(RejectionKind.FORBIDDEN))
			.expectNoEvents();
	}

}
