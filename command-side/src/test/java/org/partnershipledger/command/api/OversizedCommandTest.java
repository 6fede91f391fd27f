package org.partnershipledger.command.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finding (issue 13): a command carrying 1.5 MB in {@code authority.reference} was
 * accepted and stored, and its envelope, over Kafka's record limit, stopped the relay for
 * good. Every text of every request now has a limit; this one is refused naming the
 * field, and nothing is stored.
 */
class OversizedCommandTest extends CommandSideIntegrationTest {

	@Test
	void aCommandCarrying1Point5MegabytesInATextFieldIsRefusedAndStoresNothing() {
		String partnershipId = registered();
		long before = storedEvents();
		String body = Bodies.ADD_CHARITY.replace("\"reason\":",
				"\"authority\": {\"type\": \"BOARD_DECISION\", \"reference\": \"" + "x".repeat(1_500_000) + "\"},\n"
						+ "\"reason\":");

		ResponseEntity<String> answer = post("/internal/v1/partnerships/" + partnershipId + "/parties", COMMISSIONER,
				body);

		assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
		JsonNode problem = json(answer);
		assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("authority.reference");
		assertThat(storedEvents()).isEqualTo(before);
	}

}
