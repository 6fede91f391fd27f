package org.partnershipledger.standalone;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input and forbidden actions through the public API get the status of API.md's
 * table, as problem+json naming the field, and store nothing.
 */
class RejectedCommandsEndToEndTest {

	private final LedgerApi commissioner = RunningLedger.as("e2e-commissioner");

	private String base;

	private long version;

	@BeforeEach
	void registerAPartnershipWithAProvider() {
		String id = this.commissioner
			.post("/api/v1/partnerships", Journeys.registration("Rejections " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		this.base = "/api/v1/partnerships/" + id;
		this.version = this.commissioner.post(this.base + "/parties", Journeys.charityAsLeadProvider())
			.expect(201)
			.json()
			.path("version")
			.asLong();
	}

	@Test
	void aScoreOfZeroOrSixIsRejectedNamingTheScore() {
		assertRejected(
				this.commissioner.post(this.base + "/assessments", Journeys.assessment(true, 0, 2, 2, 2, 2, 2, 2)), 400,
				"scores.SPECIFIABILITY.score");
		assertRejected(
				this.commissioner.post(this.base + "/assessments", Journeys.assessment(true, 2, 2, 2, 2, 2, 2, 6)), 400,
				"scores.DURATION_FREQUENCY.score");
	}

	@Test
	void evidenceShorterThanTwentyCharactersIsRejected() {
		Map<String, Object> assessment = new LinkedHashMap<>(Journeys.assessment(true, 2, 2, 2, 2, 2, 2, 2));
		@SuppressWarnings("unchecked")
		Map<String, Object> scores = new LinkedHashMap<>((Map<String, Object>) assessment.get("scores"));
		scores.put("UNCERTAINTY", Map.of("score", 3, "evidence", "too short"));
		assessment.put("scores", scores);
		assertRejected(this.commissioner.post(this.base + "/assessments", assessment), 400,
				"scores.UNCERTAINTY.evidence");
	}

	@Test
	void threeUnknownScoresAreRejected() {
		assertRejected(this.commissioner.post(this.base + "/assessments",
				Journeys.assessment(true, null, null, null, 2, 2, 2, 2)), 400, "scores");
	}

	@Test
	void anUnknownEnumValueOrMalformedJsonIsRejected() {
		Map<String, Object> registration = new LinkedHashMap<>(Journeys.registration("Bad regime"));
		registration.put("legalRegime", "WHATEVER_WE_LIKE");
		assertRejected(this.commissioner.post("/api/v1/partnerships", registration), 400, "legalRegime");
		LedgerApi.Response malformed = this.commissioner.post(this.base + "/assessments", "{\"trigger\": ");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.contentType()).startsWith("application/problem+json");
		assertNothingStored();
	}

	@Test
	void choosingBeforeAnyAssessmentIsAConflict() {
		assertRejected(
				this.commissioner.post(this.base + "/model-choices",
						Journeys.choice("TRANSACTIONAL_CONTRACT", "FIXED_PRICE", UUID.randomUUID().toString())),
				409, null);
	}

	@Test
	void departingFromTheRecommendationWithoutJustificationIsUnprocessable() {
		JsonNode assessed = this.commissioner
			.post(this.base + "/assessments", Journeys.assessment(true, 4, 4, 4, 3, 5, 4, 5))
			.expect(201)
			.json();
		this.version = assessed.path("version").asLong();
		assertRejected(this.commissioner.post(this.base + "/model-choices",
				Journeys.choice("TRANSACTIONAL_CONTRACT", "FIXED_PRICE", assessed.path("assessmentId").asText())), 422,
				"departureJustification");
	}

	@Test
	void anUnknownPartnershipIsNotFound() {
		LedgerApi.Response response = this.commissioner.post("/api/v1/partnerships/" + UUID.randomUUID() + "/parties",
				Journeys.charityAsLeadProvider());
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(this.commissioner.get("/api/v1/partnerships/" + UUID.randomUUID()).status()).isEqualTo(404);
	}

	@Test
	void aProviderOrAnAuditorCannotRegisterAPartnership() {
		assertThat(RunningLedger.as("e2e-provider").post("/api/v1/partnerships", Journeys.registration("No")).status())
			.isEqualTo(403);
		assertThat(RunningLedger.as("e2e-auditor").post("/api/v1/partnerships", Journeys.registration("No")).status())
			.isEqualTo(403);
	}

	@Test
	void aProviderWhoCanSeeThePartnershipMayNotAssessIt() {
		assertRejected(RunningLedger.as("e2e-provider")
			.post(this.base + "/assessments", Journeys.assessment(true, 2, 2, 2, 2, 2, 2, 2)), 403, null);
	}

	@Test
	void aRequestWithoutSignInIsUnauthorised() {
		LedgerApi.Response response = RunningLedger.anonymous()
			.post("/api/v1/partnerships", Journeys.registration("No"));
		assertThat(response.status()).isEqualTo(401);
		assertThat(RunningLedger.anonymous().get("/api/v1/partnerships").status()).isEqualTo(401);
		assertNothingStored();
	}

	private void assertRejected(LedgerApi.Response response, int status, String field) {
		assertThat(response.status()).as(response.body()).isEqualTo(status);
		assertThat(response.contentType()).startsWith("application/problem+json");
		JsonNode problem = response.json();
		assertThat(problem.path("status").asInt()).isEqualTo(status);
		assertThat(problem.path("title").asText()).isNotBlank();
		if (field != null) {
			assertThat(problem.path("errors").findValuesAsText("field")).contains(field);
		}
		assertNothingStored();
	}

	/**
	 * The next accepted command gets the very next version, so the rejected one stored no
	 * event; and the history holds exactly that many events.
	 */
	private void assertNothingStored() {
		Map<String, Object> anotherParty = Map.of("name", "Funder " + UUID.randomUUID(), "identifier",
				Map.of("scheme", "GB-COH", "id", UUID.randomUUID().toString().substring(0, 8)), "roles",
				java.util.List.of("FUNDER"), "basis", "CONTRACT", "reason", "Co-funds the service");
		long next = this.commissioner.post(this.base + "/parties", anotherParty)
			.expect(201)
			.json()
			.path("version")
			.asLong();
		assertThat(next).isEqualTo(this.version + 1);
		this.version = next;
		this.commissioner.getWhenInViews(this.base + "?minVersion=" + next).expect(200);
		assertThat(this.commissioner.get(this.base + "/events").expect(200).json().size()).isEqualTo(next + 1);
	}

}
