package org.partnershipledger.standalone;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through the public API of the running system: a commissioner registers a partnership,
 * adds a provider, assesses the service and chooses a model; the overview and the event
 * history show it, with who did what.
 */
class PartnershipJourneyEndToEndTest {

	private final LedgerApi commissioner = RunningLedger.as("e2e-commissioner");

	@Test
	void registerAddPartyAssessAndChooseShowInTheOverviewAndTheHistory() {
		String title = "Care leavers' homes " + UUID.randomUUID();
		JsonNode registered = this.commissioner.post("/api/v1/partnerships", Journeys.registration(title))
			.expect(201)
			.json();
		String id = registered.path("partnershipId").asText();
		assertThat(registered.path("version").asLong()).isZero();
		String base = "/api/v1/partnerships/" + id;

		JsonNode party = this.commissioner.post(base + "/parties", Journeys.charityAsLeadProvider()).expect(201).json();
		assertThat(party.path("partyId").asText()).isNotBlank();
		assertThat(party.path("version").asLong()).isEqualTo(1);

		LedgerApi.Response assessed = this.commissioner
			.post(base + "/assessments", Journeys.assessment(true, 4, 4, 4, 3, 5, 4, 5))
			.expect(201);
		JsonNode recommendation = assessed.json().path("recommendation");
		assertThat(recommendation.path("model").asText()).isEqualTo("FORMAL_RELATIONAL_CONTRACT");
		assertThat(recommendation.path("weightedSum").asInt()).isEqualTo(82);
		assertThat(recommendation.path("confidence").asText()).isEqualTo("HIGH");
		assertThat(recommendation.path("ruleSetVersion").asText()).isEqualTo("RC-1");
		String assessmentId = assessed.json().path("assessmentId").asText();

		JsonNode chosen = this.commissioner
			.post(base + "/model-choices",
					Journeys.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessmentId))
			.expect(201)
			.json();
		assertThat(chosen.path("departsFromRecommendation").asBoolean()).isFalse();
		long version = chosen.path("version").asLong();
		assertThat(version).isEqualTo(3);

		LedgerApi.Response overview = this.commissioner.getWhenInViews(base + "?minVersion=" + version).expect(200);
		assertThat(overview.stale()).isNull();
		JsonNode body = overview.json();
		assertThat(body.path("title").asText()).isEqualTo(title);
		assertThat(body.path("version").asLong()).isEqualTo(3);
		assertThat(body.path("status").asText()).isEqualTo("MODEL_CHOSEN");
		assertThat(body.path("chosenModel").asText()).isEqualTo("FORMAL_RELATIONAL_CONTRACT");
		assertThat(body.path("paymentMechanism").asText()).isEqualTo("OUTCOMES_BASED");
		assertThat(body.path("divergent").asBoolean()).isFalse();
		assertThat(body.path("latestAssessment").path("assessmentId").asText()).isEqualTo(assessmentId);
		assertThat(body.path("latestAssessment").path("recommendation").path("model").asText())
			.isEqualTo("FORMAL_RELATIONAL_CONTRACT");
		assertThat(body.path("parties").findValuesAsText("name")).contains("Eastmoor Borough Council",
				"Second Chance Charity");

		JsonNode events = this.commissioner.get(base + "/events").expect(200).json();
		assertThat(fieldOfEach(events, "type")).containsExactly("PartnershipRegistered", "PartyJoined",
				"ServiceCharacteristicsAssessed", "PartnershipModelChosen");
		for (JsonNode event : events) {
			assertThat(event.path("actor").path("userId").asText()).isEqualTo("e2e-commissioner");
			assertThat(event.path("actor").path("displayName").asText()).isEqualTo("Cleo Commissioner");
			assertThat(event.path("actor").path("role").asText()).isEqualTo("COMMISSIONER");
			assertThat(event.path("actor").path("partyId").asText()).isNotBlank();
			assertThat(event.path("recordedAt").asText()).isNotBlank();
		}
		assertThat(fieldOfEach(events, "sequenceNumber")).containsExactly("0", "1", "2", "3");
	}

	@Test
	void theProviderSeesThePartnershipItJoinedAndAnotherCouncilDoesNot() {
		String id = this.commissioner
			.post("/api/v1/partnerships", Journeys.registration("Visibility " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		long version = this.commissioner
			.post("/api/v1/partnerships/" + id + "/parties", Journeys.charityAsLeadProvider())
			.expect(201)
			.json()
			.path("version")
			.asLong();
		String path = "/api/v1/partnerships/" + id + "?minVersion=" + version;
		this.commissioner.get(path).expect(200);

		assertThat(RunningLedger.as("e2e-provider").get(path).status()).isEqualTo(200);
		assertThat(RunningLedger.as("e2e-auditor").get(path).status()).isEqualTo(200);
		assertThat(RunningLedger.as("e2e-other-commissioner").get(path).status()).isEqualTo(404);
		assertThat(RunningLedger.as("e2e-other-commissioner")
			.get("/api/v1/partnerships")
			.json()
			.findValuesAsText("partnershipId")).doesNotContain(id);
	}

	private static List<String> fieldOfEach(JsonNode array, String field) {
		List<String> values = new java.util.ArrayList<>();
		array.forEach((element) -> values.add(element.path(field).asText()));
		return values;
	}

}
