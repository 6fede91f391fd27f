package org.partnershipledger.standalone;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.testsupport.OcdsSchema;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo loads the first three example services through the public API, and only once.
 */
class DemoDataEndToEndTest {

	private static final List<String> DEMO_TITLES = List.of("School meals to a set menu",
			"Homelessness outcomes partnership", "Health and social care alliance", "Home care at hourly rates",
			"Young carers' support");

	@Test
	void loadingTheDemoTwiceAddsThePartnershipsOnce() {
		DemoData demo = new DemoData(RunningLedger.webUrl(), "demo-" + RunningLedger.PASSWORD);
		int first = demo.load(RunningLedger.ADMIN, RunningLedger.PASSWORD);
		int second = demo.load(RunningLedger.ADMIN, RunningLedger.PASSWORD);
		assertThat(first).isEqualTo(5);
		assertThat(second).isZero();

		LedgerApi provider = new LedgerApi(RunningLedger.webUrl(), "provider", "demo-" + RunningLedger.PASSWORD);
		JsonNode seenByProvider = provider.get("/api/v1/partnerships").expect(200).json();
		assertThat(seenByProvider.findValuesAsText("title")).containsExactlyInAnyOrderElementsOf(DEMO_TITLES);

		LedgerApi commissioner = new LedgerApi(RunningLedger.webUrl(), "commissioner",
				"demo-" + RunningLedger.PASSWORD);
		for (JsonNode partnership : commissioner.get("/api/v1/partnerships").expect(200).json()) {
			boolean homeCare = partnership.path("title").asText().equals("Home care at hourly rates");
			assertThat(partnership.path("divergent").asBoolean()).isEqualTo(homeCare);
			assertThat(partnership.path("chosenModel").asText().equals(partnership.path("recommendedModel").asText()))
				.isNotEqualTo(homeCare);
		}
		JsonNode models = commissioner.get("/api/v1/partnerships").json();
		assertThat(models.findValuesAsText("recommendedModel")).containsExactlyInAnyOrder("TRANSACTIONAL_CONTRACT",
				"FORMAL_RELATIONAL_CONTRACT", "ALIGNMENT_WITHOUT_CONTRACT", "FORMAL_RELATIONAL_CONTRACT",
				"FORMAL_RELATIONAL_CONTRACT");

		String homeCare = null;
		String youngCarers = null;
		for (JsonNode partnership : models) {
			if (partnership.path("title").asText().equals("Home care at hourly rates")) {
				homeCare = partnership.path("partnershipId").asText();
			}
			if (partnership.path("title").asText().equals("Young carers' support")) {
				youngCarers = partnership.path("partnershipId").asText();
			}
		}
		JsonNode moved = commissioner.get("/api/v1/partnerships/" + youngCarers).expect(200).json();
		assertThat(moved.path("status").asText()).as("live throughout its move").isEqualTo("ACTIVE");
		assertThat(moved.path("chosenModel").asText()).isEqualTo("FORMAL_RELATIONAL_CONTRACT");
		assertThat(moved.path("latestChoice").path("transition").asBoolean()).isTrue();
		assertThat(moved.path("latestChoice").path("previousModel").asText()).isEqualTo("TRANSACTIONAL_CONTRACT");
		assertThat(moved.path("latestChoice").path("pending")).isEmpty();
		assertThat(moved.path("contract").path("value").path("amount").decimalValue()).isEqualByComparingTo("2400000");
		JsonNode periods = commissioner.get("/api/v1/partnerships/" + homeCare + "/evolution").expect(200).json();
		List<String> divergence = new java.util.ArrayList<>();
		periods.forEach((period) -> divergence
			.add(period.path("divergent").asText() + "/" + period.path("justified").asText()));
		assertThat(divergence).containsExactly("false/null", "true/true", "true/true");
		JsonNode overview = commissioner.get("/api/v1/partnerships/" + homeCare).expect(200).json();
		assertThat(overview.path("reviews").toString()).contains("HELD", "AMBER");

		// every joint decision the demo proposed is confirmed by each party it binds, but
		// one:
		// the alliance's agreement of the ICB's change waits for the charity
		JsonNode waiting = provider.get("/api/v1/joint-decisions/waiting").expect(200).json();
		assertThat(waiting.findValuesAsText("partnershipTitle")).containsExactly("Health and social care alliance");
		assertThat(waiting.get(0).path("decision").path("kind").asText()).isEqualTo("ADAPTATION_AGREEMENT");
		assertThat(commissioner.get("/api/v1/joint-decisions/waiting").expect(200).json()).isEmpty();
		for (JsonNode partnership : models) {
			boolean alliance = partnership.path("title").asText().equals("Health and social care alliance");
			JsonNode whole = commissioner.get("/api/v1/partnerships/" + partnership.path("partnershipId").asText())
				.expect(200)
				.json();
			assertThat(whole.path("pendingDecisions").size()).as(partnership.path("title").asText())
				.isEqualTo(alliance ? 1 : 0);
			if (whole.path("chosenModel").asText().equals("FORMAL_RELATIONAL_CONTRACT")) {
				assertThat(whole.path("vision").path("agreedByPartyIds").size()).isGreaterThan(1);
			}
		}

		for (JsonNode partnership : models) {
			String id = partnership.path("partnershipId").asText();
			JsonNode releasePackage = commissioner.get("/api/v1/partnerships/" + id + "/exports/ocds.json")
				.expect(200)
				.json();
			assertThat(OcdsSchema.problems(releasePackage)).as(partnership.path("title").asText()).isEmpty();
			assertThat(releasePackage.path("releases").size()).isPositive();
		}
	}

}
