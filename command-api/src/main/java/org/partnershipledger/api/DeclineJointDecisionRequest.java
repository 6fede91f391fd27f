package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/joint-decisions/{jointDecisionId}/declining}: a
 * party a joint decision binds declines it, for itself, with its reason; the proposal
 * lapses. {@code partyId} may be left empty: it is the party of the person's
 * organisation.
 */
public record DeclineJointDecisionRequest(String partyId, String reason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
