package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/contract/extension}: the commissioner extends the
 * contract within the extent its period allows. A business date before the latest
 * assessment needs a {@code backdatingReason}.
 */
public record ExtendContractRequest(LocalDate newEndDate, String reason, String backdatingReason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.newEndDate, "newEndDate")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
