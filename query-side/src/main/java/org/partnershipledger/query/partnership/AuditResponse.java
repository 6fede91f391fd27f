package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;

/** The commissioner's response to an audit finding. */
public record AuditResponse(String response, boolean accepted, Instant respondedAt, Actor actor) {
}
