package org.partnershipledger.query.health;

import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.stereotype.Component;

/**
 * Health component {@code commandSide}: whether the command side answers and can reach
 * its event store. DOWN when it does not answer (commands then get a 503) or its database
 * is down; details: the status of each of its components.
 */
@Component
class CommandSideHealthIndicator implements HealthIndicator {

	private final CommandSideHealth commandSide;

	CommandSideHealthIndicator(CommandSideHealth commandSide) {
		this.commandSide = commandSide;
	}

	@Override
	public Health health() {
		CommandSideHealth.Answer answer = this.commandSide.get();
		if (answer.health() == null) {
			return Health.down().withDetail("reason", answer.unreachable()).build();
		}
		JsonNode components = answer.health().path("components");
		String database = components.path("db").path("status").asText("UNKNOWN");
		Health.Builder health = "UP".equals(database) ? Health.up() : Health.down();
		Iterator<Map.Entry<String, JsonNode>> each = components.fields();
		while (each.hasNext()) {
			Map.Entry<String, JsonNode> component = each.next();
			health.withDetail(component.getKey(), component.getValue().path("status").asText());
		}
		if (!"UP".equals(database)) {
			health.status(new Status("DOWN", "The command side cannot reach its event store"));
		}
		return health.build();
	}

}
