package org.partnershipledger.query.access;

import org.springframework.stereotype.Component;

import org.partnershipledger.events.identity.Identity;
import org.partnershipledger.events.identity.UserRole;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.overview.PartnershipOverview;

/**
 * Who may see and act on a partnership (DOMAIN.md §1): people see the partnerships their
 * organisation is a party to, auditors see all, an administrator sees none.
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

	/** A commissioner whose organisation is a party holding the COMMISSIONER role. */
	public boolean canCommission(Identity identity, PartnershipOverview overview) {
		if (identity == null || overview == null || identity.role() != UserRole.COMMISSIONER) {
			return false;
		}
		return overview.partyOf(identity.organisation().identifier())
			.map((party) -> party.holds(PartyRole.COMMISSIONER))
			.orElse(false);
	}

}
