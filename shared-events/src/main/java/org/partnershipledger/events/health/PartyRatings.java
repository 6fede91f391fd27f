package org.partnershipledger.events.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One party's answers to a relational health check: per respondent, a rating from 1 to 5
 * for each of the eight items. Respondents are not named: no personal data in events.
 */
public record PartyRatings(String partyId, List<Map<HealthItem, Integer>> respondents) {

	public PartyRatings {
		respondents = (respondents == null) ? List.of() : respondents.stream().map(PartyRatings::inItemOrder).toList();
	}

	private static Map<HealthItem, Integer> inItemOrder(Map<HealthItem, Integer> ratings) {
		Map<HealthItem, Integer> ordered = new EnumMap<>(HealthItem.class);
		if (ratings != null) {
			ordered.putAll(ratings);
		}
		return Collections.unmodifiableMap(ordered);
	}

}
