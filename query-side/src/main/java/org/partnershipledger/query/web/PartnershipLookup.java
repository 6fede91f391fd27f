package org.partnershipledger.query.web;

import org.springframework.stereotype.Component;

import org.partnershipledger.events.identity.Identity;
import org.partnershipledger.query.access.PartnershipAccess;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.overview.OverviewRepository;
import org.partnershipledger.query.overview.PartnershipOverview;

/**
 * Finds the partnership a page is about, as the person may see it: unknown and hidden
 * partnerships are both "not found".
 */
@Component
class PartnershipLookup {

	private final OverviewRepository overviews;

	private final PartnershipAccess access;

	PartnershipLookup(OverviewRepository overviews, PartnershipAccess access) {
		this.overviews = overviews;
		this.access = access;
	}

	PartnershipOverview visible(String partnershipId, LedgerUser user) {
		return this.overviews.find(partnershipId)
			.filter((overview) -> this.access.canSee(identity(user), overview))
			.orElseThrow(() -> new PageNotFoundException("No partnership " + partnershipId));
	}

	/** The partnership, if the person may act on it as its commissioner. */
	PartnershipOverview commissionable(String partnershipId, LedgerUser user) {
		PartnershipOverview overview = visible(partnershipId, user);
		if (!this.access.canCommission(identity(user), overview)) {
			throw new PageForbiddenException(
					"Only a commissioner of an organisation that commissions this partnership can do this.");
		}
		return overview;
	}

	boolean canCommission(LedgerUser user, PartnershipOverview overview) {
		return this.access.canCommission(identity(user), overview);
	}

	boolean canSee(LedgerUser user, PartnershipOverview overview) {
		return this.access.canSee(identity(user), overview);
	}

	static Identity identity(LedgerUser user) {
		return (user == null) ? null : user.identity();
	}

}
