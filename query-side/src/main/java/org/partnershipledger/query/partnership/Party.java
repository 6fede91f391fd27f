package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;

/**
 * A party of a partnership as the overview shows it. A party that left stays in the list
 * (with {@code leftAt}): it took part in the history, and it keeps seeing it.
 *
 * @param basis {@code null} for the commissioning party, which registered the partnership
 * @param partyChangeAdaptationId the agreed PARTY_CHANGE adaptation it joined under, if
 * any
 * @param leftAt when it left (business time), {@code null} while it is a party
 * @param leavingAdaptationId the agreed PARTY_CHANGE adaptation it left under, if any
 */
public record Party(String partyId, String name, OrganisationIdentifier identifier, List<PartyRole> roles,
		PartyBasis basis, String reason, Instant joinedAt, String partyChangeAdaptationId, Instant leftAt,
		String leavingReason, String leavingAdaptationId) {

	public Party {
		roles = (roles == null) ? List.of() : List.copyOf(roles);
	}

	/** A party that has not left. */
	public Party(String partyId, String name, OrganisationIdentifier identifier, List<PartyRole> roles,
			PartyBasis basis, String reason, Instant joinedAt) {
		this(partyId, name, identifier, roles, basis, reason, joinedAt, null, null, null, null);
	}

	public boolean holds(PartyRole role) {
		return this.roles.contains(role);
	}

	/** Whether the party has left the partnership. */
	public boolean hasLeft() {
		return this.leftAt != null;
	}

	Party left(Instant at, String reason, String adaptationId) {
		return new Party(this.partyId, this.name, this.identifier, this.roles, this.basis, this.reason, this.joinedAt,
				this.partyChangeAdaptationId, at, reason, adaptationId);
	}

}
