package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewType;

import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.day;

/** Review points for the aggregate's specifications: due 30 September, 14 days' grace. */
final class ReviewTestData {

	static final String REVIEW = "rv-1";

	static final LocalDate DUE = LocalDate.parse("2025-09-30");

	/**
	 * The end of the last day of grace, 14 October 2025, in London (BST): the review is
	 * missed from then.
	 */
	static final Instant MISSED_FROM = Instant.parse("2025-10-14T23:00:00Z");

	static final LocalDate HELD_ON = LocalDate.parse("2025-09-29");

	private ReviewTestData() {
	}

	static ScheduleReviewRequest scheduleRequest(String bodyId, boolean healthCheck) {
		return new ScheduleReviewRequest(ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE, null, bodyId,
				List.of("Quarterly outcomes"), healthCheck, false, null, null);
	}

	static ReviewPointScheduled scheduled(boolean healthCheck) {
		return new ReviewPointScheduled(PARTNERSHIP, REVIEW, ReviewType.PARTNERSHIP_BOARD_REVIEW, DUE, 14, BOARD,
				List.of("Quarterly outcomes"), healthCheck, false, day(3));
	}

	static Map<HealthItem, Integer> allRated(int rating) {
		Map<HealthItem, Integer> ratings = new EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			ratings.put(item, rating);
		}
		return ratings;
	}

	/** Both parties rate every item the same. */
	static List<PartyRatings> bothRate(int rating) {
		return List.of(new PartyRatings(COUNCIL_PARTY, List.of(allRated(rating))),
				new PartyRatings(CHARITY_PARTY, List.of(allRated(rating))));
	}

	static HoldReviewRequest holdRequest(List<String> attendees, List<PartyRatings> health) {
		return new HoldReviewRequest(HELD_ON, attendees, List.of("Keep the evening sessions"), List.of(),
				PerformanceRating.GOOD, health, List.of(), null, null);
	}

	static ReviewPointHeld held(String reviewId, List<PartyRatings> health, java.math.BigDecimal previous) {
		RelationalHealthCheck check = health.isEmpty() ? null
				: new RelationalHealthCheck(health, RelationalHealthRhc1.score(health, previous));
		return new ReviewPointHeld(PARTNERSHIP, reviewId, HELD_ON, List.of(COUNCIL_PARTY, CHARITY_PARTY),
				List.of("Keep the evening sessions"), List.of(), PerformanceRating.GOOD, check, List.of(), day(4));
	}

	static ReviewPointMissed missed(Instant detectedAt) {
		return new ReviewPointMissed(PARTNERSHIP, REVIEW, DUE, 14, detectedAt, MISSED_FROM);
	}

}
