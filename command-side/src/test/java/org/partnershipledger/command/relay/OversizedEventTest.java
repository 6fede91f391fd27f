package org.partnershipledger.command.relay;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One request cannot stop the ledger: a change whose event Kafka would not take (a 1.5 MB
 * text field) is refused before it is appended, with a problem naming the field, so
 * nothing unpublishable enters the append-only store and the relay keeps flowing.
 */
class OversizedEventTest extends CommandSideIntegrationTest {

	private static final String HUGE = "x".repeat(1_500_000);

	@Test
	void anEventLargerThanARecordMayBeIsRefusedBeforeItIsStoredNamingTheField() {
		long before = storedEvents();

		ResponseEntity<String> refused = post("/internal/v1/partnerships", COMMISSIONER,
				Bodies.REGISTER.replace("Scheme of delegation 4.1", HUGE));

		assertThat(refused.getStatusCode().value()).isEqualTo(413);
		JsonNode problem = json(refused);
		assertThat(problem.get("detail").asText()).contains("authority.reference", "Nothing was recorded");
		assertThat(problem.toString()).contains("\"field\":\"authority.reference\"");
		assertThat(storedEvents()).isEqualTo(before);

		String next = registered();
		assertThat(topic().awaitRecords(next, 1, java.time.Duration.ofSeconds(30))).hasSize(1);
	}

}
