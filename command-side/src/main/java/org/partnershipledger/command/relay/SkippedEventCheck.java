package org.partnershipledger.command.relay;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import org.partnershipledger.command.config.EventStoreSettings;

/**
 * Finds events the relay's stream passed without delivering, and publishes them. Axon's
 * JDBC event store waits for a hole in the global index (an event whose transaction is
 * still open) only for the gap timeout; an event that commits later is never delivered by
 * the stream (AxonFramework issue 4829). The relay sends such an event before any later
 * event of its partnership by itself; this check finds the one that is its partnership's
 * last: an unpublished event below the position of the segment this instance holds for
 * the partnership, recorded longer ago than the gap timeout.
 */
@Component
public class SkippedEventCheck {

	private static final Logger log = LoggerFactory.getLogger(SkippedEventCheck.class);

	private final EventProcessingConfiguration processing;

	private final RelayPositions positions;

	private final RelayPublisher publisher;

	private final RelaySettings settings;

	private final EventStoreSettings store;

	SkippedEventCheck(EventProcessingConfiguration processing, RelayPositions positions, RelayPublisher publisher,
			RelaySettings settings, EventStoreSettings store) {
		this.processing = processing;
		this.positions = positions;
		this.publisher = publisher;
		this.settings = settings;
		this.store = store;
	}

	@Scheduled(fixedDelayString = "${ledger.relay.skipped-event-check-interval:1m}",
			initialDelayString = "${ledger.relay.skipped-event-check-interval:1m}")
	void onSchedule() {
		if (this.settings.skippedEventCheckEnabled()) {
			check();
		}
	}

	/** One check, now; answers how many events it published. */
	public int check() {
		Optional<StreamingEventProcessor> relay = this.processing.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP,
				StreamingEventProcessor.class);
		if (relay.isEmpty()) {
			return 0;
		}
		Map<Integer, EventTrackerStatus> segments = relay.get().processingStatus();
		Instant recordedBefore = GenericEventMessage.clock.instant().minus(this.store.gapTimeout());
		int published = 0;
		for (RelayPositions.Unpublished unpublished : this.positions.unpublished()) {
			if (passedOver(unpublished, segments, recordedBefore)) {
				log.warn(
						"Event #{} of partnership {} (global index {}) was passed by the relay without being "
								+ "published: its transaction was likely open longer than the gap timeout ({})",
						unpublished.position() + 1, unpublished.partnershipId(), unpublished.globalIndex(),
						this.store.gapTimeout());
				published += this.publisher.publishFrom(unpublished.partnershipId(), unpublished.position() + 1);
			}
		}
		return published;
	}

	private static boolean passedOver(RelayPositions.Unpublished unpublished, Map<Integer, EventTrackerStatus> segments,
			Instant recordedBefore) {
		return unpublished.recordedAt().isBefore(recordedBefore) && segments.values()
			.stream()
			.filter((status) -> status.getSegment().matches(unpublished.partnershipId()))
			.anyMatch((status) -> !status.isReplaying() && !status.isErrorState()
					&& status.getCurrentPosition().orElse(-1) >= unpublished.globalIndex());
	}

}
