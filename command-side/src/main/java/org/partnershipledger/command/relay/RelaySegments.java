package org.partnershipledger.command.relay;

import java.util.Comparator;
import java.util.Optional;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings the relay to the number of segments it is configured with
 * ({@code axon.eventhandling.processors.kafka-relay.initial-segment-count}). Axon applies
 * that number only when it first creates the tokens, so a store whose relay ran on fewer
 * keeps them; this splits the widest segment this instance holds, one at a time, until
 * the count is reached.
 */
@Component
class RelaySegments {

	private static final Logger log = LoggerFactory.getLogger(RelaySegments.class);

	private final EventProcessingConfiguration processing;

	private final TokenStore tokens;

	private final TransactionManager transactions;

	private final int wanted;

	RelaySegments(EventProcessingConfiguration processing, TokenStore tokens, TransactionManager transactions,
			EventProcessorProperties properties) {
		this.processing = processing;
		this.tokens = tokens;
		this.transactions = transactions;
		EventProcessorProperties.ProcessorSettings relay = properties.getProcessors()
			.get(PartnershipEventRelay.PROCESSING_GROUP);
		this.wanted = (relay == null || relay.getInitialSegmentCount() == null) ? 1 : relay.getInitialSegmentCount();
	}

	@Scheduled(fixedDelayString = "${ledger.relay.segment-check-interval:1m}", initialDelay = 10_000)
	void onSchedule() {
		splitOnce();
	}

	/** Splits one segment this instance holds if the relay has fewer than wanted. */
	boolean splitOnce() {
		Optional<StreamingEventProcessor> relay = this.processing.eventProcessor(PartnershipEventRelay.PROCESSING_GROUP,
				StreamingEventProcessor.class);
		int segments = this.transactions
			.fetchInTransaction(() -> this.tokens.fetchSegments(PartnershipEventRelay.PROCESSING_GROUP).length);
		if (relay.isEmpty() || segments == 0 || segments >= this.wanted) {
			return false;
		}
		Optional<Integer> widest = relay.get()
			.processingStatus()
			.values()
			.stream()
			.filter((status) -> !status.isErrorState())
			.map(EventTrackerStatus::getSegment)
			.min(Comparator.comparingInt((segment) -> segment.getMask()))
			.map((segment) -> segment.getSegmentId());
		if (widest.isEmpty()) {
			return false;
		}
		boolean split = relay.get().splitSegment(widest.get()).join();
		log.info("The relay had {} of {} segments; splitting segment {} {}", segments, this.wanted, widest.get(),
				split ? "succeeded" : "did not happen");
		return split;
	}

}
