package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.RelationalClause;

/**
 * The contract was signed: the partnership becomes ACTIVE. Never for an alignment
 * partnership.
 */
@SchemaRevision("1")
public record ContractConcluded(String partnershipId, String contractId, LocalDate dateSigned, ContractPeriod period,
		Money value, List<String> supplierPartyIds, List<RelationalClause> relationalClausesIncluded,
		Instant occurredAt) implements PartnershipEvent {

	public ContractConcluded {
		supplierPartyIds = List.copyOf(supplierPartyIds);
		relationalClausesIncluded = List.copyOf(relationalClausesIncluded);
	}

}
