package org.partnershipledger.query.history;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;

/**
 * An event that had taken effect by a date but was recorded after it: why the record as
 * it stood then differs from what was in effect.
 */
public record LateEvent(long sequenceNumber, String type, String summary, Instant occurredAt, Instant recordedAt,
		Actor actor) {

}
