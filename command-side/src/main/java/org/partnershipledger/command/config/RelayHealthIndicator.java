package org.partnershipledger.command.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health component {@code relay}: whether the processor that publishes every stored event
 * to Kafka runs, and how far behind the event store it is. DOWN when it stopped or
 * failed; details: the segments this instance holds, its position, the store's head, and
 * how many stored events it has still to publish ({@code behind}; 0 when caught up). With
 * several command-side instances only one holds the segment: the others show 0 segments
 * and no position.
 */
@Component
class RelayHealthIndicator implements HealthIndicator {

	/** The relay's processing group (the relay names it; processors are named by it). */
	static final String RELAY = "kafka-relay";

	private final EventProcessingConfiguration processing;

	private final EventStore eventStore;

	RelayHealthIndicator(EventProcessingConfiguration processing, EventStore eventStore) {
		this.processing = processing;
		this.eventStore = eventStore;
	}

	@Override
	public Health health() {
		StreamingEventProcessor relay = this.processing.eventProcessor(RELAY, StreamingEventProcessor.class)
			.orElse(null);
		if (relay == null) {
			return Health.unknown().withDetail("reason", "no processor " + RELAY).build();
		}
		Map<Integer, EventTrackerStatus> segments = relay.processingStatus();
		long head = position(this.eventStore.createHeadToken());
		long position = -1;
		List<String> errors = new ArrayList<>();
		for (EventTrackerStatus segment : segments.values()) {
			OptionalLong at = segment.getCurrentPosition();
			position = Math.max(position, at.orElse(-1));
			if (segment.isErrorState() && segment.getError() != null) {
				errors.add(segment.getError().getClass().getSimpleName() + ": " + segment.getError().getMessage());
			}
		}
		Health.Builder health = (!relay.isRunning() || relay.isError() || !errors.isEmpty()) ? Health.down()
				: Health.up();
		health.withDetail("running", relay.isRunning())
			.withDetail("claimedSegments", segments.size())
			.withDetail("head", head);
		if (!segments.isEmpty()) {
			health.withDetail("position", position).withDetail("behind", Math.max(0, head - position));
		}
		if (!errors.isEmpty()) {
			health.withDetail("errors", errors);
		}
		return health.build();
	}

	private static long position(TrackingToken token) {
		return (token != null) ? token.position().orElse(-1) : -1;
	}

}
