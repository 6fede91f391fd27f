package org.partnershipledger.query.framework;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSets;

/**
 * A worked example on the framework page: a service, its scores D1 to D7, and what the
 * current rule set recommends for it, computed by the rule itself rather than copied.
 */
public record FrameworkExample(String service, boolean moneyChangesHands, List<Integer> scores,
		Recommendation recommendation) {

	static FrameworkExample of(String service, boolean moneyChangesHands, Integer... scores) {
		Map<Dimension, Integer> byDimension = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			byDimension.put(dimension, scores[dimension.ordinal()]);
		}
		return new FrameworkExample(service, moneyChangesHands, List.of(scores),
				RuleSets.current().recommend(moneyChangesHands, byDimension));
	}

	/** The examples of DOMAIN.md §2.4, one per kind of result. */
	static List<FrameworkExample> all() {
		return List.of(of("School meals to a set menu, 3 years, competitive market", true, 1, 2, 1, 2, 1, 2, 3),
				of("Homelessness outcomes partnership: a prime and 8 providers, 5 years, rate card", true, 4, 4, 4, 3,
						5, 4, 5),
				of("Health and social care alliance of a council and NHS bodies, no payments between them", false, 5, 4,
						4, 4, 5, 3, 5),
				of("Home care at hourly rates, 4 years", true, 2, 3, 2, 4, 2, 3, 4),
				of("Agile build and run of a digital service, 2 years", true, 4, 3, 5, 3, 3, 3, 3),
				of("Emergency food distribution, 3 months, requirements change daily", true, 4, 5, 1, 1, 1, 1, 1));
	}

}
