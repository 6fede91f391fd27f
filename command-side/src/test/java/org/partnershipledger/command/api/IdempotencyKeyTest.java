package org.partnershipledger.command.api;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * F8: a command sent again with the same {@code Idempotency-Key} (its answer was lost, or
 * it timed out) is applied once and answered with the first answer; the same key with a
 * different request is a 422 naming the header; a key expires.
 */
class IdempotencyKeyTest extends CommandSideIntegrationTest {

	@Autowired
	private MovableClock clock;

	@AfterEach
	void clockBack() {
		this.clock.reset();
	}

	@Test
	void aRetriedCommandIsAppliedOnceAndAnsweredWithTheFirstAnswer() {
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> first = post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER, key);
		String id = json(first).get("partnershipId").asText();
		ResponseEntity<String> retried = post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER, key);

		assertThat(retried.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(json(retried)).isEqualTo(json(first));
		assertThat(retried.getHeaders().getLocation()).isEqualTo(first.getHeaders().getLocation());
		assertThat(retried.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isEqualTo("true");
		assertThat(first.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();

		String partyKey = UUID.randomUUID().toString();
		ResponseEntity<String> joined = post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER,
				Bodies.ADD_CHARITY, partyKey);
		ResponseEntity<String> joinedAgain = post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER,
				Bodies.ADD_CHARITY, partyKey);
		assertThat(json(joinedAgain)).isEqualTo(json(joined));
		assertThat(storedEventsOf(id)).isEqualTo(2);
	}

	@Test
	void concurrentRequestsWithOneKeyApplyTheCommandOnce() {
		String id = registered();
		String key = UUID.randomUUID().toString();
		List<CompletableFuture<ResponseEntity<String>>> sent = IntStream.range(0, 4)
			.mapToObj(
					(i) -> CompletableFuture.supplyAsync(() -> post("/internal/v1/partnerships/" + id + "/assessments",
							COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5), key)))
			.toList();
		List<JsonNode> answers = sent.stream().map(CompletableFuture::join).map((answer) -> {
			assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CREATED);
			return json(answer);
		}).toList();

		assertThat(answers).allSatisfy((answer) -> assertThat(answer).isEqualTo(answers.get(0)));
		assertThat(storedEventsOf(id)).isEqualTo(2);
	}

	@Test
	void theSameKeyWithAnotherRequestIsRefusedNamingTheHeader() {
		String id = registered();
		String key = UUID.randomUUID().toString();
		post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER, Bodies.assessment(4, 4, 4, 3, 5, 4, 5),
				key);

		ResponseEntity<String> other = post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER,
				Bodies.assessment(1, 1, 1, 1, 1, 1, 1), key);

		assertThat(other.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
		assertThat(other.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(json(other).get("type").asText()).isEqualTo("urn:partnership-ledger:problem:idempotency-key-reused");
		assertThat(json(other).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
		assertThat(storedEventsOf(id)).isEqualTo(2);
	}

	@Test
	void aKeyIsAPersonsOwnAndARefusedCommandRecordsNothing() {
		String id = registered();
		String key = UUID.randomUUID().toString();
		ResponseEntity<String> refused = post("/internal/v1/partnerships/" + id + "/parties", OUTSIDER,
				Bodies.ADD_CHARITY, key);
		assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

		ResponseEntity<String> accepted = post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER,
				Bodies.ADD_CHARITY, key);
		assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(accepted.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();
		assertThat(
				post("/internal/v1/partnerships/" + id + "/parties", OUTSIDER, Bodies.ADD_CHARITY, key).getStatusCode())
			.isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void anExpiredKeyIsForgotten() {
		String id = registered();
		String key = UUID.randomUUID().toString();
		String assessment = Bodies.assessment(4, 4, 4, 3, 5, 4, 5);
		post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER, assessment, key);

		this.clock.advance(Duration.ofHours(24).plusSeconds(1));
		ResponseEntity<String> afterExpiry = post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER,
				assessment, key);

		assertThat(afterExpiry.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		assertThat(afterExpiry.getHeaders().getFirst(IdempotencyKeys.REPLAYED_HEADER)).isNull();
		assertThat(storedEventsOf(id)).isEqualTo(3);
	}

	@Test
	void aKeyThatIsNotVisibleAsciiIsA400NamingTheHeader() {
		ResponseEntity<String> answer = post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER,
				"x".repeat(256));

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(json(answer).at("/errors/0/field").asText()).isEqualTo("Idempotency-Key");
	}

	private ResponseEntity<String> post(String path, Identity identity, String json, String key) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		headers.set(IdentityTokens.HEADER, new IdentityTokens(SECRET, Duration.ofSeconds(60)).issue(identity,
				this.clock.instant(),
				IdentityTokens.BoundRequest.of("POST", URI.create(path), json.getBytes(StandardCharsets.UTF_8))));
		headers.set(IdempotentCommands.HEADER, key);
		return this.http.exchange(path, HttpMethod.POST, new HttpEntity<>(json, headers), String.class);
	}

}
