package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.RelationalClause;

/** The concluded contract that made the partnership ACTIVE. */
public record Contract(String contractId, LocalDate dateSigned, ContractPeriod period, Money value,
		List<String> supplierPartyIds, List<RelationalClause> relationalClausesIncluded, Instant concludedAt,
		Instant recordedAt, Actor actor) {

	public Contract {
		supplierPartyIds = (supplierPartyIds == null) ? List.of() : List.copyOf(supplierPartyIds);
		relationalClausesIncluded = (relationalClausesIncluded == null) ? List.of()
				: List.copyOf(relationalClausesIncluded);
	}

}
