package org.partnershipledger.query.partnership;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.health.HealthFlagKind;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewStatus;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.portfolio.PortfolioEntry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The fold over the events of review points, and the overdue count read from it. */
class ReviewFoldTest {

	private static final OrganisationIdentifier COUNCIL = new OrganisationIdentifier("GB-LAC", "E08000003");

	private static final OrganisationIdentifier CHARITY = new OrganisationIdentifier("GB-CHC", "1234567");

	private final TestEvents events = new TestEvents(COUNCIL);

	private PartnershipOverview modelChosen() {
		return fold(PartnershipOverview.empty(), this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED));
	}

	private static PartnershipOverview fold(PartnershipOverview from, EventEnvelope... envelopes) {
		PartnershipOverview overview = from;
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

	private static Map<String, Integer> ratings(int council, int charity) {
		Map<String, Integer> ratings = new LinkedHashMap<>();
		ratings.put("party-0", council);
		ratings.put("party-1", charity);
		return ratings;
	}

	@Test
	void aScheduledReviewIsListedWithItsDueDateGraceAndAgenda() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-09-30", 10));

		Review review = overview.review("review-1").orElseThrow();
		assertThat(review.status()).isEqualTo(ReviewStatus.SCHEDULED);
		assertThat(review.type()).isEqualTo(ReviewType.PARTNERSHIP_BOARD_REVIEW);
		assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2025-09-30"));
		assertThat(review.graceDays()).isEqualTo(10);
		assertThat(review.lastDayOfGrace()).isEqualTo(LocalDate.parse("2025-10-10"));
		assertThat(review.agenda()).containsExactly("Performance", "Relationship");
		assertThat(review.requiresRelationalHealthCheck()).isTrue();
		assertThat(review.scheduledBy().userId()).isEqualTo("commissioner");
		assertThat(overview.nextReviewDue()).isEqualTo(LocalDate.parse("2025-09-30"));
	}

	@Test
	void reschedulingMovesTheDueDateAndKeepsEachMoveWithItsReason() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.OPERATIONAL_REVIEW, "2025-09-30", 14),
				this.events.reviewRescheduled("review-1", "2025-10-15", "The chair is away"),
				this.events.reviewRescheduled("review-1", "2025-10-22", "Data not ready"));

		Review review = overview.review("review-1").orElseThrow();
		assertThat(review.dueDate()).isEqualTo(LocalDate.parse("2025-10-22"));
		assertThat(review.graceDays()).isEqualTo(14);
		assertThat(review.reschedulings()).extracting(ReviewRescheduling::fromDueDate, ReviewRescheduling::reason)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-09-30"), "The chair is away"),
					org.assertj.core.groups.Tuple.tuple(LocalDate.parse("2025-10-15"), "Data not ready"));
		assertThat(review.status()).isEqualTo(ReviewStatus.SCHEDULED);
	}

	@Test
	void aHeldReviewKeepsItsRatingDecisionsActionsAndRelationalHealthResult() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.RELATIONAL_HEALTH_CHECK, "2025-09-30", 14),
				this.events.reviewHeld("review-1", "2025-09-28", ratings(5, 2)));

		Review review = overview.review("review-1").orElseThrow();
		assertThat(review.status()).isEqualTo(ReviewStatus.HELD);
		assertThat(review.heldOn()).isEqualTo(LocalDate.parse("2025-09-28"));
		assertThat(review.attendeePartyIds()).containsExactly("party-0", "party-1");
		assertThat(review.performanceRating()).isEqualTo(PerformanceRating.APPROACHING_TARGET);
		assertThat(review.decisions()).containsExactly("Keep Saturday opening");
		assertThat(review.actions()).singleElement()
			.satisfies((action) -> assertThat(action.ownerPartyId()).isEqualTo("party-1"));
		assertThat(review.relationalHealth().overall()).isEqualByComparingTo("3.5");
		assertThat(review.relationalHealth().rag()).isEqualTo(Rag.AMBER);
		assertThat(review.relationalHealth().has(HealthFlagKind.LOW_ITEM)).isTrue();
		assertThat(review.relationalHealth().has(HealthFlagKind.PERCEPTION_GAP)).isTrue();
		assertThat(overview.scheduledReviews()).isEmpty();
		assertThat(overview.pastReviews()).containsExactly(review);
		assertThat(overview.nextReviewDue()).isNull();
	}

	@Test
	void eachPartyConfirmsTheMinutesWithItsDissent() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.OPERATIONAL_REVIEW, "2025-09-30", 14),
				this.events.reviewHeld("review-1", "2025-09-28", Map.of()),
				this.events.minutesConfirmed("review-1", "party-0", null),
				this.events.minutesConfirmed("review-1", "party-1", "The action on data was not agreed"));

		Review review = overview.review("review-1").orElseThrow();
		assertThat(review.relationalHealth()).isNull();
		assertThat(review.minutesConfirmations()).extracting(MinutesConfirmation::partyName)
			.containsExactly("Anytown Council", "Shelter Trust");
		assertThat(review.minutesConfirmations().get(0).dissented()).isFalse();
		assertThat(review.minutesConfirmations().get(1).dissent()).isEqualTo("The action on data was not agreed");
		assertThat(review.minutesConfirmations().get(1).actor().partyId()).isEqualTo("party-1");
		assertThat(review.minutesConfirmedBy("party-1")).isTrue();
	}

	@Test
	void aMissedReviewIsNoLongerScheduledAndKeepsWhenItWasMissed() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.OPERATIONAL_REVIEW, "2025-05-01", 14),
				this.events.reviewMissed("review-1", "2025-05-01", 14));

		Review review = overview.review("review-1").orElseThrow();
		assertThat(review.status()).isEqualTo(ReviewStatus.MISSED);
		assertThat(review.missedAt()).isEqualTo("2025-05-16T00:00:00Z");
		assertThat(review.missedDetectedAt()).isEqualTo("2025-05-16T01:00:00Z");
		assertThat(review.overdueOn(LocalDate.parse("2026-01-01"))).isFalse();
		assertThat(overview.pastReviews()).containsExactly(review);
	}

	@Test
	void aReviewIsOverdueOnlyOnceItsLastDayOfGraceHasPassedWhileStillScheduled() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.OPERATIONAL_REVIEW, "2025-05-01", 14),
				this.events.reviewScheduled("review-2", ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-06-30", 14),
				this.events.reviewScheduled("review-3", ReviewType.OPERATIONAL_REVIEW, "2025-04-01", 0),
				this.events.reviewHeld("review-3", "2025-04-01", Map.of()));

		assertThat(overview.overdueReviewsOn(LocalDate.parse("2025-05-15"))).isZero();
		assertThat(overview.overdueReviewsOn(LocalDate.parse("2025-05-16"))).isEqualTo(1);
		assertThat(overview.overdueReviewsOn(LocalDate.parse("2025-07-15"))).isEqualTo(2);
		assertThat(overview.nextReviewDue()).isEqualTo(LocalDate.parse("2025-05-01"));
		PortfolioEntry entry = PortfolioEntry.of(overview.stored(), LocalDate.parse("2025-07-15"));
		assertThat(entry.overdueReviews()).isEqualTo(2);
		assertThat(entry.nextReviewDue()).isEqualTo(LocalDate.parse("2025-05-01"));
	}

	@Test
	void reviewsSurviveTheStoredJsonAndAnOlderDocumentWithoutThemReadsAsNone() {
		PartnershipOverview overview = fold(modelChosen(),
				this.events.reviewScheduled("review-1", ReviewType.RELATIONAL_HEALTH_CHECK, "2025-09-30", 14),
				this.events.reviewHeld("review-1", "2025-09-28", ratings(4, 4)));

		PartnershipOverview read = LedgerJson.read(LedgerJson.write(overview), PartnershipOverview.class);
		String older = LedgerJson.write(modelChosen()).replace(",\"reviews\":[]", "");

		assertThat(read).isEqualTo(overview);
		assertThat(read.review("review-1").orElseThrow().relationalHealth().rag()).isEqualTo(Rag.GREEN);
		assertThat(older).doesNotContain("\"reviews\":[");
		assertThat(LedgerJson.read(older, PartnershipOverview.class).reviews()).isEmpty();
	}

	@Test
	void anEventForAReviewThePartnershipDoesNotHaveIsRefused() {
		PartnershipOverview overview = modelChosen();
		EventEnvelope unknown = this.events.reviewRescheduled("review-9", "2025-10-01", "No such review");

		assertThatIllegalArgumentException().isThrownBy(() -> overview.apply(unknown))
			.withMessageContaining("review-9");
	}

}
