package org.partnershipledger.standalone;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How an arrangement evolved against the recommendation, through the public API of the
 * running system: assessed, a departure with justification, then a reassessment that
 * converges — checked period by period on the business dates.
 */
class EvolutionEndToEndTest {

	private final LedgerApi commissioner = RunningLedger.as("e2e-commissioner");

	@Test
	void assessedDivergedWithJustificationReassessedAndConverged() {
		String base = "/api/v1/partnerships/" + this.commissioner
			.post("/api/v1/partnerships", Journeys.registration("Evolution " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		String first = this.commissioner
			.post(base + "/assessments", on("2026-01-10", Journeys.assessment(true, 4, 3, 5, 3, 3, 3, 3)))
			.expect(201)
			.json()
			.path("assessmentId")
			.asText();
		Map<String, Object> departure = new HashMap<>(Journeys.choice("TRANSACTIONAL_CONTRACT", "FIXED_PRICE", first));
		departure.put("departureJustification",
				"A fixed-price first phase tests the market before we commit to a long relational contract.");
		departure.put("departureReasonCodes", List.of("PILOT_FIRST"));
		this.commissioner.post(base + "/model-choices", on("2026-02-01", departure)).expect(201);
		long version = this.commissioner
			.post(base + "/assessments", on("2026-06-01", Journeys.assessment(true, 2, 2, 2, 2, 2, 2, 2)))
			.expect(201)
			.json()
			.path("version")
			.asLong();

		JsonNode periods = this.commissioner.getWhenInViews(base + "/evolution?minVersion=" + version)
			.expect(200)
			.json();
		assertThat(periods).hasSize(3);
		assertPeriod(periods.get(0), "2026-01-10", "2026-02-01", "FORMAL_RELATIONAL_CONTRACT", null, false);
		assertPeriod(periods.get(1), "2026-02-01", "2026-06-01", "FORMAL_RELATIONAL_CONTRACT", "TRANSACTIONAL_CONTRACT",
				true);
		assertThat(periods.get(1).path("justified").asBoolean()).isTrue();
		assertPeriod(periods.get(2), "2026-06-01", null, "TRANSACTIONAL_CONTRACT", "TRANSACTIONAL_CONTRACT", false);

		JsonNode overview = this.commissioner.get(base).expect(200).json();
		assertThat(overview.path("divergent").asBoolean()).isFalse();
	}

	private static Map<String, Object> on(String date, Map<String, Object> body) {
		Map<String, Object> dated = new HashMap<>(body);
		dated.put("occurredAt", date + "T09:00:00Z");
		return dated;
	}

	private static void assertPeriod(JsonNode period, String from, String to, String recommended, String chosen,
			boolean divergent) {
		assertThat(period.path("from").asText()).startsWith(from);
		if (to == null) {
			assertThat(period.path("to").isNull() || period.path("to").isMissingNode()).as(period.toString()).isTrue();
		}
		else {
			assertThat(period.path("to").asText()).startsWith(to);
		}
		assertThat(period.path("recommendedModel").asText()).isEqualTo(recommended);
		if (chosen == null) {
			assertThat(period.path("chosenModel").isNull() || period.path("chosenModel").isMissingNode()).isTrue();
		}
		else {
			assertThat(period.path("chosenModel").asText()).isEqualTo(chosen);
		}
		assertThat(period.path("divergent").asBoolean()).as(period.toString()).isEqualTo(divergent);
	}

}
