package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.AdaptationEffect;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/evaluation}: how well an
 * implemented adaptation worked, and on what evidence.
 */
public record EvaluateAdaptationEffectRequest(AdaptationEffect effect, String evidence, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.effect, "effect")
			.required(this.evidence, "evidence")
			.maxLength(this.evidence, 5000, "evidence")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
