package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/joint-decisions/{jointDecisionId}/confirmation}:
 * a party a joint decision binds confirms it, for itself, with a comment if it has one.
 * {@code partyId} may be left empty: it is the party of the person's organisation.
 */
public record ConfirmJointDecisionRequest(String partyId, String comment, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().maxLength(this.comment, 2000, "comment").notInFuture(this.occurredAt, clock).list();
	}

}
