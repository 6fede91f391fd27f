package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.Approval;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/agreement}: the commissioner
 * proposes that a governance body ({@code decidedBy}, a body id) agrees the adaptation: a
 * joint decision in force once every party it binds (the commissioning party and every
 * party whose obligations its category changes) has confirmed it. {@code approvals} may
 * carry the commissioner's own party's comment, and no other party's: each confirms for
 * itself. A business date before the latest assessment needs a {@code backdatingReason}.
 */
public record AgreeAdaptationRequest(String decidedBy, List<Approval> approvals, List<String> conditions,
		String backdatingReason, Instant occurredAt, Authority authority) implements LedgerRequest {

	public AgreeAdaptationRequest {
		approvals = (approvals == null) ? List.of() : List.copyOf(approvals);
		conditions = (conditions == null) ? List.of() : List.copyOf(conditions);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = new Problems().required(this.decidedBy, "decidedBy")
			.noEmptyValues(this.approvals, "approvals")
			.noEmptyValues(this.conditions, "conditions")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock);
		if (this.approvals != null) {
			for (int i = 0; i < this.approvals.size(); i++) {
				Approval approval = this.approvals.get(i);
				if (approval != null) {
					problems.required(approval.partyId(), "approvals[" + i + "].partyId")
						.maxLength(approval.comment(), 2000, "approvals[" + i + "].comment");
				}
			}
		}
		return problems.list();
	}

}
