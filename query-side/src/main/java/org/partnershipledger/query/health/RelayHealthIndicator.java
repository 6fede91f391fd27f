package org.partnershipledger.query.health;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code relay}: the command side's relay of stored events to Kafka, as
 * the command side reports it: DOWN when it stopped or failed (for example while the
 * broker is down; it retries), with how many stored events it has still to publish.
 */
@Component
class RelayHealthIndicator implements HealthIndicator {

	private final CommandSideHealth commandSide;

	RelayHealthIndicator(CommandSideHealth commandSide) {
		this.commandSide = commandSide;
	}

	@Override
	public Health health() {
		CommandSideHealth.Answer answer = this.commandSide.get();
		if (answer.health() == null) {
			return Health.unknown().withDetail("reason", answer.unreachable()).build();
		}
		JsonNode relay = answer.health().path("components").path("relay");
		if (relay.isMissingNode()) {
			return Health.unknown().withDetail("reason", "The command side reports no relay").build();
		}
		Health.Builder health = Health.status(relay.path("status").asText("UNKNOWN"));
		JsonNode details = relay.path("details");
		if (details instanceof ObjectNode object) {
			object.fields().forEachRemaining((detail) -> health.withDetail(detail.getKey(), value(detail.getValue())));
		}
		return health.build();
	}

	private static Object value(JsonNode node) {
		if (node.isIntegralNumber()) {
			return node.asLong();
		}
		if (node.isBoolean()) {
			return node.asBoolean();
		}
		return node.isValueNode() ? node.asText() : node.toString();
	}

}
