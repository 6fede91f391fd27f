package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;

/** Why and when an adaptation was rejected or withdrawn, and by whom. */
public record AdaptationClosure(String reason, Instant at, Actor actor) {

}
