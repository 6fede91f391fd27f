package org.partnershipledger.standalone;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Request bodies for the end-to-end tests, in the public API's shapes. */
final class Journeys {

	static final List<String> DIMENSIONS = List.of("SPECIFIABILITY", "UNCERTAINTY", "LEARNING_NEED",
			"VERIFIABILITY_DIFFICULTY", "INTERDEPENDENCE", "LOCK_IN", "DURATION_FREQUENCY");

	private Journeys() {
	}

	static Map<String, Object> registration(String title) {
		return Map.of("title", title, "description", "Support for young people leaving care into their own homes.",
				"serviceArea", "Children's services", "legalRegime", "PA2023_LIGHT_TOUCH", "plannedPeriod",
				Map.of("startDate", "2026-04-01", "endDate", "2029-03-31"), "estimatedValue",
				Map.of("amount", 1500000, "currency", "GBP"));
	}

	static Map<String, Object> charityAsLeadProvider() {
		return Map.of("name", "Second Chance Charity", "identifier", Map.of("scheme", "GB-CHC", "id", "E2E0002"),
				"roles", List.of("LEAD_PROVIDER"), "basis", "CONTRACT", "reason",
				"Won the competition for the service");
	}

	/** An assessment with the given scores for D1..D7 ({@code null} for unknown). */
	static Map<String, Object> assessment(boolean moneyChangesHands, Integer... scores) {
		Map<String, Object> byDimension = new LinkedHashMap<>();
		for (int i = 0; i < DIMENSIONS.size(); i++) {
			Map<String, Object> score = new LinkedHashMap<>();
			score.put("score", scores[i]);
			score.put("evidence", "Evidence from the market engagement report, section " + (i + 1));
			byDimension.put(DIMENSIONS.get(i), score);
		}
		return Map.of("trigger", "INITIAL", "moneyChangesHands", moneyChangesHands, "outcomeMetricsAvailable", true,
				"scores", byDimension);
	}

	static Map<String, Object> choice(String model, String payment, String assessmentId) {
		return Map.of("chosenModel", model, "paymentMechanism", payment, "basedOnAssessmentId", assessmentId);
	}

}
