package org.partnershipledger.command.relay;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * How far the relay's processor has come: whether it runs, the segments this instance
 * holds, its position (the slowest segment's), the store's head, and how many stored
 * events it has still to publish ({@code behind}; 0 when caught up). With several
 * command-side instances the others show 0 segments and no position. Read lazily, since
 * the processor is built from the relay's own beans.
 */
@Component
class RelayProgress {

	private final ObjectProvider<EventProcessingConfiguration> processing;

	private final ObjectProvider<EventStore> eventStore;

	RelayProgress(ObjectProvider<EventProcessingConfiguration> processing, ObjectProvider<EventStore> eventStore) {
		this.processing = processing;
		this.eventStore = eventStore;
	}

	/** Adds the processor's state to a health; DOWN when it stopped or failed. */
	Health.Builder describe(Health.Builder health) {
		StreamingEventProcessor relay = this.processing.getObject()
			.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP, StreamingEventProcessor.class)
			.orElse(null);
		if (relay == null) {
			return health.unknown().withDetail("reason", "no processor " + PartnershipEventRelay.PROCESSING_GROUP);
		}
		Map<Integer, EventTrackerStatus> segments = relay.processingStatus();
		long head = position(this.eventStore.getObject().createHeadToken());
		long position = Long.MAX_VALUE;
		List<String> errors = new ArrayList<>();
		for (EventTrackerStatus segment : segments.values()) {
			OptionalLong at = segment.getCurrentPosition();
			position = Math.min(position, at.orElse(-1));
			if (segment.isErrorState() && segment.getError() != null) {
				errors.add(segment.getError().getClass().getSimpleName() + ": " + segment.getError().getMessage());
			}
		}
		if (!relay.isRunning() || relay.isError() || !errors.isEmpty()) {
			health.down();
		}
		health.withDetail("running", relay.isRunning())
			.withDetail("claimedSegments", segments.size())
			.withDetail("head", head);
		if (!segments.isEmpty()) {
			health.withDetail("position", position).withDetail("behind", Math.max(0, head - position));
		}
		if (!errors.isEmpty()) {
			health.withDetail("errors", errors);
		}
		return health;
	}

	private static long position(TrackingToken token) {
		return (token != null) ? token.position().orElse(-1) : -1;
	}

}
