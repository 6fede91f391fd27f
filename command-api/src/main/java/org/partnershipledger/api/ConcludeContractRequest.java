package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.RelationalClause;

/**
 * {@code POST /api/v1/partnerships/{id}/contract}: the commissioner records the signed
 * contract; the partnership becomes ACTIVE.
 */
public record ConcludeContractRequest(LocalDate dateSigned, ContractPeriod period, Money value,
		List<String> supplierPartyIds, List<RelationalClause> relationalClausesIncluded, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public ConcludeContractRequest {
		supplierPartyIds = (supplierPartyIds == null) ? null : List.copyOf(supplierPartyIds);
		relationalClausesIncluded = (relationalClausesIncluded == null) ? List.of()
				: List.copyOf(relationalClausesIncluded);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.dateSigned, "dateSigned")
			.required(this.period, "period")
			.required(this.value, "value")
			.required(this.supplierPartyIds, "supplierPartyIds")
			.noEmptyValues(this.supplierPartyIds, "supplierPartyIds")
			.noEmptyValues(this.relationalClausesIncluded, "relationalClausesIncluded")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
