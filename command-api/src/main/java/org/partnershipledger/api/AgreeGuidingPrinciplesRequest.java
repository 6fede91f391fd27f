package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.GuidingPrinciple;

/**
 * {@code POST /api/v1/partnerships/{id}/principles}: the commissioner proposes guiding
 * principles, each with behaviours by which it can be seen kept: a joint decision, as the
 * vision's ({@code agreedByPartyIds} likewise).
 */
public record AgreeGuidingPrinciplesRequest(List<GuidingPrinciple> principles, List<String> agreedByPartyIds,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	public AgreeGuidingPrinciplesRequest {
		principles = (principles == null) ? null : List.copyOf(principles);
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = new Problems().required(this.principles, "principles")
			.noEmptyValues(this.principles, "principles")
			.noEmptyValues(this.agreedByPartyIds, "agreedByPartyIds")
			.notInFuture(this.occurredAt, clock);
		if (this.principles != null) {
			for (int i = 0; i < this.principles.size(); i++) {
				GuidingPrinciple principle = this.principles.get(i);
				if (principle == null) {
					continue;
				}
				String field = "principles[" + i + "]";
				problems.required(principle.code(), field + ".code")
					.required(principle.description(), field + ".description")
					.maxLength(principle.description(), 2000, field + ".description")
					.required(principle.observableBehaviours(), field + ".observableBehaviours")
					.noEmptyValues(principle.observableBehaviours(), field + ".observableBehaviours");
			}
		}
		return problems.list();
	}

}
