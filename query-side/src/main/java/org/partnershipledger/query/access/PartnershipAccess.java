package org.partnershipledger.query.access;

import org.springframework.stereotype.Component;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Who may see and act on a partnership (DOMAIN.md §1): people see the partnerships their
 * organisation is a party to, auditors see all, an administrator sees none. A party that
 * left keeps seeing the partnership (it took part in its history) but acts on it no more.
 */
@Component
public class PartnershipAccess {

	public boolean canSee(Identity identity, PartnershipOverview overview) {
		if (identity == null || overview == null || !overview.exists()) {
			return false;
		}
		return switch (identity.role()) {
			case AUDITOR -> true;
			case ADMIN -> false;
			case COMMISSIONER, PROVIDER -> overview.partyOf(identity.organisation().identifier()).isPresent();
		};
	}

	/**
	 * A commissioner whose organisation is a current party holding the COMMISSIONER role.
	 */
	public boolean canCommission(Identity identity, PartnershipOverview overview) {
		if (identity == null || overview == null || identity.role() != UserRole.COMMISSIONER) {
			return false;
		}
		return overview.partyOf(identity.organisation().identifier())
			.map((party) -> !party.hasLeft() && party.holds(PartyRole.COMMISSIONER))
			.orElse(false);
	}

	/**
	 * A provider whose organisation is a current party holding a provider role
	 * (LEAD_PROVIDER or DELIVERY_PARTNER): who may propose adaptations for its party and
	 * start iterations. The command side decides; this only says which actions to offer.
	 */
	public boolean canProvide(Identity identity, PartnershipOverview overview) {
		if (identity == null || overview == null || identity.role() != UserRole.PROVIDER) {
			return false;
		}
		return overview.partyOf(identity.organisation().identifier())
			.map((party) -> !party.hasLeft()
					&& (party.holds(PartyRole.LEAD_PROVIDER) || party.holds(PartyRole.DELIVERY_PARTNER)))
			.orElse(false);
	}

}
