package org.partnershipledger.query;

import java.time.Instant;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Gives a test envelope other business and recording times, as when something is recorded
 * later than it took effect (a back-dated event or a correction). The payload's
 * {@code occurredAt} moves with the envelope's.
 */
public final class Restamp {

	private Restamp() {
	}

	public static EventEnvelope at(EventEnvelope envelope, String occurredAt, String recordedAt) {
		Instant occurred = Instant.parse(occurredAt);
		ObjectNode payload = envelope.payload().deepCopy();
		payload.put("occurredAt", occurred.toString());
		return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.revision(), envelope.partnershipId(),
				envelope.sequenceNumber(), envelope.globalIndex(), occurred, Instant.parse(recordedAt),
				envelope.actor(), envelope.authority(), envelope.correlationId(), envelope.causationId(), payload,
				envelope.chainHash(), null);
	}

}
