package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/reviews/{reviewId}/minutes-confirmation}: a party
 * confirms a held review's minutes, once, with its dissent if it has any. {@code partyId}
 * may be left empty: it is the party of the person's organisation.
 */
public record ConfirmReviewMinutesRequest(String partyId, String dissent, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().maxLength(this.dissent, 5000, "dissent").notInFuture(this.occurredAt, clock).list();
	}

}
