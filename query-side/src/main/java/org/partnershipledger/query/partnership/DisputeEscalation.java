package org.partnershipledger.query.partnership;

import java.time.Instant;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.DisputeStep;

/**
 * One move of a dispute up the ladder agreed in governance version
 * {@code governanceVersion}.
 */
public record DisputeEscalation(DisputeStep fromStep, DisputeStep toStep, int governanceVersion, String reason,
		Instant escalatedAt, Actor actor) {
}
