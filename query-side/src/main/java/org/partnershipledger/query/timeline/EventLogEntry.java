package org.partnershipledger.query.timeline;

import java.time.Instant;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;

/**
 * One applied event as {@code GET /api/v1/partnerships/{id}/events} shows it, with a
 * short plain-English summary.
 */
public record EventLogEntry(long sequenceNumber, String type, Instant occurredAt, Instant recordedAt, Actor actor,
		Authority authority, String summary, JsonNode payload) {

}
