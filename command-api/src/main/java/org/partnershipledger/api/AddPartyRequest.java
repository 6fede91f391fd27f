package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

/**
 * {@code POST /api/v1/partnerships/{id}/parties}: a commissioner adds a party. Once the
 * partnership is ACTIVE under a contract it names the agreed PARTY_CHANGE adaptation. A
 * business date before the latest assessment needs a {@code backdatingReason}.
 */
public record AddPartyRequest(String name, OrganisationIdentifier identifier, List<PartyRole> roles, PartyBasis basis,
		String reason, String partyChangeAdaptationId, String backdatingReason, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return new Problems().required(this.name, "name")
			.maxLength(this.name, 200, "name")
			.required(this.identifier, "identifier")
			.required(this.roles, "roles")
			.check(this.roles == null || !this.roles.contains(null), "roles", "Roles must not contain an empty value")
			.required(this.basis, "basis")
			.required(this.reason, "reason")
			.maxLength(this.reason, 2000, "reason")
			.maxLength(this.backdatingReason, 2000, "backdatingReason")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
