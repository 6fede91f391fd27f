package org.partnershipledger.events;

import java.time.Instant;

import org.partnershipledger.events.relational.AdaptationEffect;

/** How well an implemented adaptation worked, and on what evidence. */
@SchemaRevision("1")
public record AdaptationEffectEvaluated(String partnershipId, String adaptationId, AdaptationEffect effect,
		String evidence, Instant occurredAt) implements PartnershipEvent {

}
