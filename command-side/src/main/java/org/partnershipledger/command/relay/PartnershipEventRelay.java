package org.partnershipledger.command.relay;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.PartnershipEvent;

/**
 * Relays every stored event to Kafka from a tracking token kept in the event store's
 * database. The processor runs on several segments, split by partnership (Axon's
 * sequencing per aggregate), so each partnership's events pass one segment in order. Each
 * batch the processor hands over is published at its commit: all sends at once, then the
 * wait for every acknowledgement; the token (and {@code relay_position}) advance in that
 * same transaction only if all were acknowledged, so no event is skipped and delivery is
 * at least once. Each envelope carries the event's chain hash.
 */
@Component
@ProcessingGroup(PartnershipEventRelay.PROCESSING_GROUP)
class PartnershipEventRelay {

	static final String PROCESSING_GROUP = "kafka-relay";

	private static final String BATCH = PartnershipEventRelay.class.getName() + ".batch";

	private final RelayPublisher publisher;

	private final RelayPositions positions;

	PartnershipEventRelay(RelayPublisher publisher, RelayPositions positions) {
		this.publisher = publisher;
		this.positions = positions;
	}

	@EventHandler
	void relay(PartnershipEvent event, DomainEventMessage<?> message) {
		UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get();
		RelayBatch batch = unitOfWork.getOrComputeResource(BATCH, (key) -> {
			RelayBatch started = new RelayBatch();
			unitOfWork.onPrepareCommit((committing) -> this.publisher.publish(started));
			return started;
		});
		batch.add(message.getAggregateIdentifier(), message.getSequenceNumber(), message.getIdentifier());
	}

	/** A reset publishes the store again from its start: forget what was published. */
	@ResetHandler
	void reset() {
		this.positions.forgetAll();
	}

}
