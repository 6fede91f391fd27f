package org.partnershipledger.events.health;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Ratings for the specifications, written as eight numbers in item order. */
final class Ratings {

	private Ratings() {
	}

	/** One respondent's ratings, in the order of {@link HealthItem}. */
	static Map<HealthItem, Integer> respondent(int... eight) {
		Map<HealthItem, Integer> ratings = new EnumMap<>(HealthItem.class);
		HealthItem[] items = HealthItem.values();
		for (int i = 0; i < items.length; i++) {
			ratings.put(items[i], eight[i]);
		}
		return ratings;
	}

	/** A respondent rating every item the same. */
	static Map<HealthItem, Integer> all(int rating) {
		int[] eight = new int[HealthItem.values().length];
		java.util.Arrays.fill(eight, rating);
		return respondent(eight);
	}

	@SafeVarargs
	static PartyRatings party(String partyId, Map<HealthItem, Integer>... respondents) {
		return new PartyRatings(partyId, List.of(respondents));
	}

	/** A party of {@code count} respondents who all rate every item the same. */
	static PartyRatings sameRespondents(String partyId, int count, Map<HealthItem, Integer> respondent) {
		return new PartyRatings(partyId, new ArrayList<>(Collections.nCopies(count, respondent)));
	}

}
