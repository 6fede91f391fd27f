package org.partnershipledger.command.relay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import org.partnershipledger.command.partnership.EventMetaData;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Relays every stored event to Kafka, in store order, from a tracking token kept in the
 * event store's database. The token advances only after Kafka acknowledged the send, so
 * no event is skipped; delivery is at least once.
 */
@Component
@ProcessingGroup(PartnershipEventRelay.PROCESSING_GROUP)
class PartnershipEventRelay {

	static final String PROCESSING_GROUP = "kafka-relay";

	/** Axon's {@code MessageOriginProvider}: the root message's id. */
	private static final String TRACE_ID = "traceId";

	/** Axon's {@code MessageOriginProvider}: the parent message's id. */
	private static final String PARENT_ID = "correlationId";

	private final EnvelopeSender sender;

	PartnershipEventRelay(EnvelopeSender sender) {
		this.sender = sender;
	}

	@EventHandler
	void relay(PartnershipEvent event, DomainEventMessage<?> message, TrackingToken token) {
		MetaData metaData = message.getMetaData();
		long globalIndex = token.position()
			.orElseThrow(() -> new IllegalStateException("The event store's token has no position"));
		this.sender.send(EventEnvelope.of(event, message.getIdentifier(), message.getSequenceNumber(), globalIndex,
				message.getTimestamp(), EventMetaData.actor(metaData), EventMetaData.authority(metaData),
				text(metaData, TRACE_ID), text(metaData, PARENT_ID)));
	}

	private static String text(MetaData metaData, String key) {
		Object value = metaData.get(key);
		return (value == null) ? null : value.toString();
	}

}
