package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * {@code POST /api/v1/partnerships/{id}/disputes}: a commissioner or provider raises a
 * dispute for its own party with other parties.
 */
public record RaiseDisputeRequest(String raisedByPartyId, List<String> withPartyIds, String subject, String description,
		List<PrincipleCode> principlesAllegedlyBreached, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public RaiseDisputeRequest {
		principlesAllegedlyBreached = (principlesAllegedlyBreached == null) ? List.of()
				: List.copyOf(principlesAllegedlyBreached);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.withPartyIds, "withPartyIds")
			.noEmptyValues(this.withPartyIds, "withPartyIds")
			.required(this.subject, "subject")
			.maxLength(this.subject, 300, "subject")
			.maxLength(this.description, 5000, "description")
			.noEmptyValues(this.principlesAllegedlyBreached, "principlesAllegedlyBreached")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
