package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/parties/{partyId}/departure}: a commissioner
 * records that a party left. Once the partnership is ACTIVE under a contract it names the
 * agreed PARTY_CHANGE adaptation. A business date before the latest assessment needs a
 * {@code backdatingReason}.
 */
public record RemovePartyRequest(String reason, String partyChangeAdaptationId, String backdatingReason,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
