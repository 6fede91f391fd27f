package org.partnershipledger.audit;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * An event as a history holds it: its envelope, or, when it cannot be read, why not.
 *
 * @param envelope the event, with the chain hash the history recorded for it (if any);
 * {@code null} when unreadable
 * @param unreadable why the event could not be read; {@code null} when it could
 */
public record StoredEvent(String partnershipId, long sequenceNumber, String eventId, EventEnvelope envelope,
		String unreadable) {

	public static StoredEvent of(EventEnvelope envelope) {
		return new StoredEvent(envelope.partnershipId(), envelope.sequenceNumber(), envelope.eventId(), envelope, null);
	}

	/** A stored row as an event, or as unreadable with the reason. */
	public static StoredEvent of(StoredEventRow row) {
		try {
			return of(row.toEnvelope());
		}
		catch (UnreadableEventException ex) {
			return new StoredEvent(row.aggregateIdentifier(), row.sequenceNumber(), row.eventIdentifier(), null,
					ex.getMessage());
		}
	}

}
