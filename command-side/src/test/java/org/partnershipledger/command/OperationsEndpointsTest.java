package org.partnershipledger.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Health and metrics are exposed for operators. */
class OperationsEndpointsTest extends CommandSideIntegrationTest {

	@Test
	void healthIsUp() {
		ResponseEntity<String> health = this.http.getForEntity("/actuator/health", String.class);
		assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(json(health).get("status").asText()).isEqualTo("UP");
	}

	@Test
	void prometheusMetricsIncludeTheRelaysEventProcessor() {
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		topic().awaitRecords(id, 1, Duration.ofSeconds(30));
		ResponseEntity<String> metrics = this.http.getForEntity("/actuator/prometheus", String.class);
		assertThat(metrics.getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(metrics.getBody()).contains("jvm_memory_used_bytes").contains("kafka-relay");
	}

}
