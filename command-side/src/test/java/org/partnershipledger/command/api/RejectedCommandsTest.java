package org.partnershipledger.command.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every refusal is problem+json that names what to fix, and a refused command stores
 * nothing.
 */
class RejectedCommandsTest extends CommandSideIntegrationTest {

	private String partnershipId;

	private long storedBefore;

	@BeforeEach
	void registerAPartnership() {
		this.partnershipId = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		this.storedBefore = storedEvents();
	}

	private String path(String tail) {
		return "/internal/v1/partnerships/" + this.partnershipId + tail;
	}

	private JsonNode assertRefused(ResponseEntity<String> response, HttpStatus status) {
		assertThat(response.getStatusCode()).isEqualTo(status);
		assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		JsonNode problem = json(response);
		assertThat(problem.get("status").asInt()).isEqualTo(status.value());
		assertThat(problem.get("type").asText()).startsWith("urn:partnership-ledger:problem:");
		assertThat(problem.get("title").asText()).isNotBlank();
		assertThat(problem.get("detail").asText()).isNotBlank();
		assertThat(storedEvents()).as("events stored after a refused command").isEqualTo(this.storedBefore);
		return problem;
	}

	private static String field(JsonNode problem, int index) {
		return problem.get("errors").get(index).get("field").asText();
	}

	@Test
	void aPathThatNamesNoCommandIsNotFoundAndStoresNothing() {
		JsonNode problem = assertRefused(post(path("/no-such-command"), COMMISSIONER, Bodies.REGISTER),
				HttpStatus.NOT_FOUND);
		assertThat(problem.get("detail").asText()).contains("/no-such-command");
	}

	@Test
	void aFailingAppendIsAProblemAndLeavesNeitherTheEventNorItsChainLink() {
		long linksBefore = this.jdbc.sql("select count(*) from event_chain").query(Long.class).single();
		this.jdbc.sql("""
				create function refuse_chain_link() returns trigger language plpgsql as $$
				begin raise exception 'the disk is full'; end $$""").update();
		this.jdbc
			.sql("create trigger refuse_chain_link before insert on event_chain"
					+ " for each row execute function refuse_chain_link()")
			.update();
		try {
			JsonNode problem = assertRefused(post(path("/parties"), COMMISSIONER, Bodies.ADD_CHARITY),
					HttpStatus.INTERNAL_SERVER_ERROR);
			assertThat(problem.get("type").asText()).endsWith(":internal-error");
			assertThat(problem.get("detail").asText()).contains("no change was recorded")
				.doesNotContain("disk is full");
		}
		finally {
			this.jdbc.sql("drop trigger refuse_chain_link on event_chain").update();
			this.jdbc.sql("drop function refuse_chain_link()").update();
		}
		assertThat(this.jdbc.sql("select count(*) from event_chain").query(Long.class).single()).isEqualTo(linksBefore);
	}

	@Test
	void withoutAnIdentityTokenTheAnswerIs401() {
		assertRefused(post(path("/parties"), null, Bodies.ADD_CHARITY), HttpStatus.UNAUTHORIZED);
	}

	@Test
	void aTokenSignedWithAnotherSecretIsRefusedWith401() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(IdentityTokens.HEADER,
				new IdentityTokens("another-secret-that-is-32-bytes-or-more-long", Duration.ofSeconds(60))
					.issue(COMMISSIONER, Instant.now(), addingTheCharity()));
		assertRefused(this.http.exchange(path("/parties"), HttpMethod.POST,
				new HttpEntity<>(Bodies.ADD_CHARITY, headers), String.class), HttpStatus.UNAUTHORIZED);
	}

	@Test
	void anExpiredTokenIsRefusedWith401() {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(IdentityTokens.HEADER, new IdentityTokens(SECRET, Duration.ofSeconds(60)).issue(COMMISSIONER,
				Instant.now().minusSeconds(120), addingTheCharity()));
		assertRefused(this.http.exchange(path("/parties"), HttpMethod.POST,
				new HttpEntity<>(Bodies.ADD_CHARITY, headers), String.class), HttpStatus.UNAUTHORIZED);
	}

	/**
	 * A token seen on the internal network is of no use to whoever saw it: not for
	 * another body, not for another path, and not sent again.
	 */
	@Test
	void aTokenIsForOneRequestAndIsAcceptedOnce() {
		String token = token(COMMISSIONER, HttpMethod.POST, path("/parties"), Bodies.ADD_CHARITY);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(IdentityTokens.HEADER, token);
		long before = storedEvents();

		assertRefused(this.http.exchange(path("/parties"), HttpMethod.POST,
				new HttpEntity<>(Bodies.ADD_CHARITY.replace("Homes Together", "Forged Homes"), headers), String.class),
				HttpStatus.UNAUTHORIZED);
		assertRefused(this.http.exchange(path("/outcome-measures"), HttpMethod.POST,
				new HttpEntity<>(Bodies.ADD_CHARITY, headers), String.class), HttpStatus.UNAUTHORIZED);
		assertThat(this.http
			.exchange(path("/parties"), HttpMethod.POST, new HttpEntity<>(Bodies.ADD_CHARITY, headers), String.class)
			.getStatusCode()
			.value()).isEqualTo(201);
		assertThat(this.http
			.exchange(path("/parties"), HttpMethod.POST, new HttpEntity<>(Bodies.ADD_CHARITY, headers), String.class)
			.getStatusCode()).as("the same request sent again with its token").isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(storedEvents()).isEqualTo(before + 1);
	}

	/**
	 * A body is read only for a current token of the web app's, and at most so much of
	 * it: a larger one (over 4 MiB) is refused (413) without being held, a forged token's
	 * before any of it is read (401).
	 */
	@Test
	void aBodyIsReadOnlyForAGenuineTokenAndOnlyUpToItsLimit() {
		String huge = "{\"name\": \"" + "x".repeat(5 * 1024 * 1024) + "\"}";
		HttpHeaders genuine = new HttpHeaders();
		genuine.setContentType(MediaType.APPLICATION_JSON);
		genuine.set(IdentityTokens.HEADER, token(COMMISSIONER, HttpMethod.POST, path("/parties"), huge));
		assertRefused(
				this.http.exchange(path("/parties"), HttpMethod.POST, new HttpEntity<>(huge, genuine), String.class),
				HttpStatus.PAYLOAD_TOO_LARGE);

		HttpHeaders forged = new HttpHeaders();
		forged.setContentType(MediaType.APPLICATION_JSON);
		forged.set(IdentityTokens.HEADER, "forged.token");
		assertRefused(
				this.http.exchange(path("/parties"), HttpMethod.POST, new HttpEntity<>(huge, forged), String.class),
				HttpStatus.UNAUTHORIZED);
	}

	private IdentityTokens.BoundRequest addingTheCharity() {
		return IdentityTokens.BoundRequest.of("POST", URI.create(path("/parties")),
				Bodies.ADD_CHARITY.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void malformedJsonIs400() {
		JsonNode problem = assertRefused(post("/internal/v1/partnerships", COMMISSIONER, "{\"title\": "),
				HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("body");
	}

	@Test
	void anUnknownEnumValueIs400NamingTheField() {
		JsonNode problem = assertRefused(post("/internal/v1/partnerships", COMMISSIONER,
				Bodies.REGISTER.replace("PA2023_LIGHT_TOUCH", "MADE_UP_REGIME")), HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("legalRegime");
		assertThat(problem.get("errors").get(0).get("message").asText()).contains("PA2023_LIGHT_TOUCH");
	}

	@Test
	void aScoreThatIsNotANumberIs400NamingTheNestedField() {
		String body = Bodies.assessment(4, 4, 4, 3, 5, 4, 5).replaceFirst("\"score\": 4", "\"score\": \"high\"");
		JsonNode problem = assertRefused(post(path("/assessments"), COMMISSIONER, body), HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("scores.SPECIFIABILITY.score");
	}

	@Test
	void aPlannedPeriodEndingBeforeItStartsIs400NamingThePeriod() {
		String body = Bodies.REGISTER.replace("2030-03-31", "2024-03-31");
		JsonNode problem = assertRefused(post("/internal/v1/partnerships", COMMISSIONER, body), HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("plannedPeriod");
		assertThat(problem.get("errors").get(0).get("message").asText()).contains("endDate");
	}

	@Test
	void missingFieldsAre400WithEveryFieldNamed() {
		JsonNode problem = assertRefused(post("/internal/v1/partnerships", COMMISSIONER, "{\"title\": \"\"}"),
				HttpStatus.BAD_REQUEST);
		assertThat(problem.get("errors").findValuesAsText("field")).contains("title", "description", "serviceArea",
				"legalRegime", "plannedPeriod");
	}

	@Test
	void aScoreOutsideOneToFiveIs400() {
		JsonNode problem = assertRefused(
				post(path("/assessments"), COMMISSIONER, Bodies.assessment(6, 4, 4, 3, 5, 4, 5)),
				HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("scores.SPECIFIABILITY.score");
	}

	@Test
	void aBusinessDateInTheFutureIs400() {
		String body = Bodies.ADD_CHARITY.replace("\"basis\"",
				"\"occurredAt\": \"" + Instant.now().plusSeconds(3600) + "\", \"basis\"");
		JsonNode problem = assertRefused(post(path("/parties"), COMMISSIONER, body), HttpStatus.BAD_REQUEST);
		assertThat(field(problem, 0)).isEqualTo("occurredAt");
	}

	@Test
	void anUnknownPartnershipIs404() {
		assertRefused(post("/internal/v1/partnerships/no-such-partnership/parties", COMMISSIONER, Bodies.ADD_CHARITY),
				HttpStatus.NOT_FOUND);
	}

	@Test
	void aPartnershipOfAnotherOrganisationIs404() {
		assertRefused(post(path("/parties"), OUTSIDER, Bodies.ADD_CHARITY), HttpStatus.NOT_FOUND);
	}

	@Test
	void aProviderPartyMayNotAssessAndGets403() {
		post(path("/parties"), COMMISSIONER, Bodies.ADD_CHARITY);
		this.storedBefore = storedEvents();
		assertRefused(post(path("/assessments"), PROVIDER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5)),
				HttpStatus.FORBIDDEN);
	}

	@Test
	void addingTheSamePartyTwiceIs409() {
		post(path("/parties"), COMMISSIONER, Bodies.ADD_CHARITY);
		this.storedBefore = storedEvents();
		assertRefused(post(path("/parties"), COMMISSIONER, Bodies.ADD_CHARITY), HttpStatus.CONFLICT);
	}

	@Test
	void choosingAModelBeforeAnAssessmentIs409() {
		assertRefused(
				post(path("/model-choices"), COMMISSIONER,
						Bodies.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", "no-assessment-yet")),
				HttpStatus.CONFLICT);
	}

	@Test
	void departingFromTheRecommendationWithoutJustificationIs422NamingTheFields() {
		String assessmentId = json(post(path("/assessments"), COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5)))
			.get("assessmentId")
			.asText();
		this.storedBefore = storedEvents();
		JsonNode problem = assertRefused(
				post(path("/model-choices"), COMMISSIONER,
						Bodies.choice("TRANSACTIONAL_CONTRACT", "FIXED_PRICE", assessmentId)),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(problem.get("errors").findValuesAsText("field")).containsExactly("departureJustification",
				"departureReasonCodes");
	}

	@Test
	void aChoiceNotBasedOnTheLatestAssessmentIs422() {
		post(path("/assessments"), COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5));
		this.storedBefore = storedEvents();
		JsonNode problem = assertRefused(
				post(path("/model-choices"), COMMISSIONER,
						Bodies.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", "an-older-assessment")),
				HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(field(problem, 0)).isEqualTo("basedOnAssessmentId");
	}

}
