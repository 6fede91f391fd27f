package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Actor;

/** The end of an alignment partnership's instrument, which made it EXITING. */
public record InstrumentEnding(String instrumentId, LocalDate endedOn, String reason, Instant endedAt, Actor actor) {
}
