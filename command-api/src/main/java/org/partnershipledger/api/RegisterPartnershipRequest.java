package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Period;

/** {@code POST /api/v1/partnerships}: a commissioner registers a partnership. */
public record RegisterPartnershipRequest(String title, String description, String serviceArea, LegalRegime legalRegime,
		Period plannedPeriod, Money estimatedValue, String predecessorPartnershipId, String ocid, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.title, "title")
			.maxLength(this.title, 200, "title")
			.required(this.description, "description")
			.maxLength(this.description, 5000, "description")
			.required(this.serviceArea, "serviceArea")
			.maxLength(this.serviceArea, 200, "serviceArea")
			.required(this.legalRegime, "legalRegime")
			.required(this.plannedPeriod, "plannedPeriod")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
