package org.partnershipledger.api;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthRhc1;

/**
 * The checks on a relational health check's ratings, so that the rule is only ever given
 * what it can score: each party once, with respondents, each rating every item 1..5.
 */
final class HealthRatingProblems {

	private HealthRatingProblems() {
	}

	static Problems of(Problems problems, List<PartyRatings> ratings, String field) {
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < ratings.size(); i++) {
			PartyRatings party = ratings.get(i);
			String at = field + "[" + i + "]";
			if (party == null) {
				problems.add(at, "Give each party's ratings");
				continue;
			}
			problems.required(party.partyId(), at + ".partyId");
			if (party.partyId() != null && !seen.add(party.partyId())) {
				problems.add(at + ".partyId", "Party " + party.partyId() + " is rated twice; give its ratings once");
			}
			problems.required(party.respondents(), at + ".respondents");
			for (int j = 0; j < party.respondents().size(); j++) {
				respondent(problems, party.respondents().get(j), at + ".respondents[" + j + "]");
			}
		}
		return problems;
	}

	private static void respondent(Problems problems, Map<HealthItem, Integer> ratings, String at) {
		for (HealthItem item : HealthItem.values()) {
			Integer rating = ratings.get(item);
			if (rating == null || rating < RelationalHealthRhc1.LOWEST_RATING
					|| rating > RelationalHealthRhc1.HIGHEST_RATING) {
				problems.add(at + "." + item, "Rate " + item.label().toLowerCase(java.util.Locale.ROOT) + " from "
						+ RelationalHealthRhc1.LOWEST_RATING + " to " + RelationalHealthRhc1.HIGHEST_RATING);
			}
		}
	}

}
