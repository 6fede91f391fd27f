package org.partnershipledger.command.relay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.springframework.stereotype.Component;

import org.partnershipledger.command.audit.EventChain;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.wire.EnvelopeMetaData;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Relays every stored event to Kafka, in store order, from a tracking token kept in the
 * event store's database. The token advances only after Kafka acknowledged the send, so
 * no event is skipped; delivery is at least once. Each envelope carries the event's chain
 * hash, written when the event was stored, so every copy downstream can be verified.
 */
@Component
@ProcessingGroup(PartnershipEventRelay.PROCESSING_GROUP)
class PartnershipEventRelay {

	static final String PROCESSING_GROUP = "kafka-relay";

	private final EnvelopeSender sender;

	private final EventChain chain;

	PartnershipEventRelay(EnvelopeSender sender, EventChain chain) {
		this.sender = sender;
		this.chain = chain;
	}

	@EventHandler
	void relay(PartnershipEvent event, DomainEventMessage<?> message, TrackingToken token) {
		MetaData metaData = message.getMetaData();
		long globalIndex = token.position()
			.orElseThrow(() -> new IllegalStateException("The event store's token has no position"));
		String chainHash = this.chain.hashOf(message.getIdentifier())
			.orElseThrow(() -> new RelayFailedException(
					"Event " + message.getIdentifier() + " is not in the hash chain yet", null));
		this.sender.send(EventEnvelope
			.of(event, message.getIdentifier(), message.getSequenceNumber(), globalIndex, message.getTimestamp(),
					EnvelopeMetaData.actor(metaData), EnvelopeMetaData.authority(metaData),
					EnvelopeMetaData.correlationId(metaData), EnvelopeMetaData.causationId(metaData))
			.withChainHash(chainHash));
	}

}
