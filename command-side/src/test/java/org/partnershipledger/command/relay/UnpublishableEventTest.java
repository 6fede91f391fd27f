package org.partnershipledger.command.relay;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.command.TopicOrderCheck;
import org.partnershipledger.command.TopicTail;

/**
 * An event Kafka refuses as too large is neither skipped nor retried without a sign: the
 * relay's health is DOWN naming the partnership and the event, each attempt is counted,
 * and the partnership's later events wait behind it until it can be published.
 */
class UnpublishableEventTest extends CommandSideIntegrationTest {

	@Autowired
	private MeterRegistry metrics;

	@Test
	void anEventKafkaRefusesStopsItsPartnershipAndShowsOnHealthUntilItIsPublished() throws InterruptedException {
		double before = unpublishableCount();
		String id;
		try (TopicTail tail = tail()) {
			this.flakySender.refuseNextPartnershipAsTooLarge();
			id = registered();
			post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER, Bodies.ADD_CHARITY);

			Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> unpublishableCount() >= before + 2);
			JsonNode health = json(this.http.getForEntity("/actuator/health", String.class));
			JsonNode stuck = health.at("/components/relay/details/unpublishable/0");
			System.out.println("Relay health while the record is refused: " + health.at("/components/relay"));
			assertThat(health.get("status").asText()).isEqualTo("DOWN");
			assertThat(health.at("/components/relay/status").asText()).isEqualTo("DOWN");
			assertThat(stuck.get("partnershipId").asText()).isEqualTo(id);
			assertThat(stuck.get("sequenceNumber").asLong()).isZero();
			assertThat(stuck.get("reason").asText()).contains("RecordTooLargeException");
			assertThat(tail.of(Set.of(id))).as("nothing of the partnership passes the refused event").isEmpty();

			this.flakySender.failNext(0);
			TopicOrderCheck.Outcome outcome = TopicOrderCheck.verify(this.jdbc, tail, List.of(id),
					Duration.ofSeconds(60));
			System.out.println("Unpublishable event, after the fix: " + outcome + "; attempts counted: "
					+ (unpublishableCount() - before));
		}
		Awaitility.await()
			.atMost(Duration.ofSeconds(10))
			.until(() -> "UP"
				.equals(json(this.http.getForEntity("/actuator/health", String.class)).at("/status").asText()));
	}

	private double unpublishableCount() {
		return this.metrics.get("ledger.relay.unpublishable").counter().count();
	}

}
