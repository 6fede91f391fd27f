package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;

/** A question the commissioner asked about an outcome report. */
public record ReportQuery(String question, Instant queriedAt, Actor actor) {
}
