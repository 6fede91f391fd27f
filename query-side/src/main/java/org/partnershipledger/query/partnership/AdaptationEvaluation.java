package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.AdaptationEffect;

/** How well an implemented adaptation worked, and on what evidence. */
public record AdaptationEvaluation(AdaptationEffect effect, String evidence, Instant evaluatedAt, Actor actor) {

}
