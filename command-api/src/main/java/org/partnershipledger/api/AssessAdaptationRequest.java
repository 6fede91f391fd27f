package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;

/**
 * {@code POST /api/v1/partnerships/{id}/adaptations/{aid}/assessment}: the commissioner
 * records the legal ground and risk. The cumulative change is computed, not entered.
 */
public record AssessAdaptationRequest(LegalGround legalGround, ModificationRisk substantialModificationRisk,
		Boolean contractChangeNoticeRequired, String notes, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.legalGround, "legalGround")
			.required(this.substantialModificationRisk, "substantialModificationRisk")
			.required(this.contractChangeNoticeRequired, "contractChangeNoticeRequired")
			.maxLength(this.notes, 5000, "notes")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
