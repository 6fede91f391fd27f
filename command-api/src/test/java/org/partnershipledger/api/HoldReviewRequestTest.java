package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.relational.PerformanceRating;

import static org.assertj.core.api.Assertions.assertThat;

/** A held review's request names each field to fix, down to a single rating. */
class HoldReviewRequestTest {

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-10-20T12:00:00Z"), ZoneOffset.UTC);

	private static Map<HealthItem, Integer> allRated(int rating) {
		Map<HealthItem, Integer> ratings = new EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			ratings.put(item, rating);
		}
		return ratings;
	}

	private static HoldReviewRequest held(LocalDate heldOn, List<PartyRatings> health) {
		return new HoldReviewRequest(heldOn, List.of("party-1"), List.of("Keep going"), List.of(),
				PerformanceRating.GOOD, health, List.of(), null, null);
	}

	@Test
	void aWellFormedHeldReviewHasNoProblems() {
		assertThat(held(LocalDate.parse("2025-10-14"), List.of(new PartyRatings("party-1", List.of(allRated(4)))))
			.problems(CLOCK)).isEmpty();
	}

	@Test
	void aRatingOutsideOneToFiveIsNamedByPartyRespondentAndItem() {
		Map<HealthItem, Integer> ratings = allRated(4);
		ratings.put(HealthItem.TRUST, 6);
		ratings.remove(HealthItem.LEARNING);

		List<FieldProblem> problems = held(LocalDate.parse("2025-10-14"),
				List.of(new PartyRatings("party-1", List.of(allRated(3), ratings))))
			.problems(CLOCK);

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("relationalHealth[0].respondents[1].TRUST", "relationalHealth[0].respondents[1].LEARNING");
	}

	@Test
	void aPartyRatedTwiceOrWithoutRespondentsIsNamed() {
		List<FieldProblem> problems = held(LocalDate.parse("2025-10-14"),
				List.of(new PartyRatings("party-1", List.of(allRated(3))), new PartyRatings("party-1", List.of())))
			.problems(CLOCK);

		assertThat(problems).extracting(FieldProblem::field)
			.containsExactly("relationalHealth[1].partyId", "relationalHealth[1].respondents");
	}

	@Test
	void aReviewHeldInTheFutureOrWithoutRatingIsRefused() {
		HoldReviewRequest request = new HoldReviewRequest(LocalDate.parse("2025-10-21"), List.of(), null, null, null,
				null, null, null, null);

		assertThat(request.problems(CLOCK)).extracting(FieldProblem::field)
			.containsExactly("heldOn", "attendeePartyIds", "performanceRating");
	}

}
