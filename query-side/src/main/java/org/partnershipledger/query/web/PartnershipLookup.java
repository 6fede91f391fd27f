package org.partnershipledger.query.web;

import java.util.function.Predicate;

import org.springframework.stereotype.Component;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.query.access.PartnershipAccess;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;

/**
 * Finds the partnership a page is about, as the person may see it: unknown and hidden
 * partnerships are both "not found".
 */
@Component
public class PartnershipLookup {

	private final OverviewRepository overviews;

	private final PartnershipAccess access;

	PartnershipLookup(OverviewRepository overviews, PartnershipAccess access) {
		this.overviews = overviews;
		this.access = access;
	}

	public PartnershipOverview visible(String partnershipId, LedgerUser user) {
		return this.overviews.find(partnershipId)
			.filter((overview) -> this.access.canSee(identity(user), overview))
			.orElseThrow(() -> new PageNotFoundException("No partnership " + partnershipId));
	}

	/**
	 * The partnership, with one of its items among those it shows however old the item
	 * is: for a page about that item.
	 */
	public PartnershipOverview visible(String partnershipId, LedgerUser user, ItemKind kind, String itemId) {
		return this.overviews.findWith(partnershipId, kind, itemId)
			.filter((overview) -> this.access.canSee(identity(user), overview))
			.orElseThrow(() -> new PageNotFoundException("No partnership " + partnershipId));
	}

	/** The partnership with every one of its items: for a page about its whole life. */
	public PartnershipOverview visibleWhole(String partnershipId, LedgerUser user) {
		return this.overviews.findWhole(partnershipId)
			.filter((overview) -> this.access.canSee(identity(user), overview))
			.orElseThrow(() -> new PageNotFoundException("No partnership " + partnershipId));
	}

	/** The partnership, if the person may act on it as its commissioner. */
	public PartnershipOverview commissionable(String partnershipId, LedgerUser user) {
		PartnershipOverview overview = visible(partnershipId, user);
		if (!this.access.canCommission(identity(user), overview)) {
			throw new PageForbiddenException(
					"Only a commissioner of an organisation that commissions this partnership can do this.");
		}
		return overview;
	}

	public boolean canCommission(LedgerUser user, PartnershipOverview overview) {
		return this.access.canCommission(identity(user), overview);
	}

	/** What the person may do on the partnership, for the pages to offer. */
	public Permissions permissions(LedgerUser user, PartnershipOverview overview) {
		Identity identity = identity(user);
		boolean commissioner = this.access.canCommission(identity, overview);
		boolean provider = this.access.canProvide(identity, overview);
		String ownPartyId = (identity == null || identity.organisation() == null) ? null
				: overview.partyOf(identity.organisation().identifier())
					.filter((party) -> !party.hasLeft())
					.map(Party::partyId)
					.orElse(null);
		boolean auditor = identity != null && identity.role() == UserRole.AUDITOR;
		return new Permissions(overview, commissioner, provider, ownPartyId, auditor);
	}

	/**
	 * The partnership with what the person may do on it, if they may do {@code allowed}.
	 * @throws PageForbiddenException otherwise, saying who may
	 */
	public Permissions allowed(String partnershipId, LedgerUser user, Predicate<Permissions> allowed, String whoMay) {
		Permissions permissions = permissions(user, visible(partnershipId, user));
		if (!allowed.test(permissions)) {
			throw new PageForbiddenException(whoMay);
		}
		return permissions;
	}

	public boolean canSee(LedgerUser user, PartnershipOverview overview) {
		return this.access.canSee(identity(user), overview);
	}

	public static Identity identity(LedgerUser user) {
		return (user == null) ? null : user.identity();
	}

}
