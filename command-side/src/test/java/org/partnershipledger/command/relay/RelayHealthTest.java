package org.partnershipledger.command.relay;

import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The command side's health shows its relay: running, the segments it holds, and how many
 * stored events it has still to publish, down to none once it has published them.
 */
class RelayHealthTest extends CommandSideIntegrationTest {

	@Test
	void theRelayIsUpAndCatchesUpWithTheEventStore() {
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		topic().awaitRecords(id, 1, Duration.ofSeconds(30));

		await().untilAsserted(() -> {
			JsonNode relay = json(this.http.getForEntity("/actuator/health", String.class)).path("components")
				.path("relay");
			assertThat(relay.path("status").asText()).isEqualTo("UP");
			assertThat(relay.path("details").path("claimedSegments").asInt()).isPositive();
			assertThat(relay.path("details").path("behind").asLong()).isZero();
			assertThat(relay.path("details").path("head").asLong()).isGreaterThanOrEqualTo(0);
		});
	}

}
