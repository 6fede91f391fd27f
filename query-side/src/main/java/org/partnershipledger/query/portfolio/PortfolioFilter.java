package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.overview.PartnershipOverview;
import org.partnershipledger.query.overview.PartnershipStatus;

/** Narrows the portfolio; a {@code null} field does not narrow. */
public record PortfolioFilter(PartnershipStatus status, PartnershipModel chosenModel, Boolean divergent) {

	public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null);

	/**
	 * Whether an overview passes the filter: what the stored columns do in SQL, for
	 * overviews replayed as of a date.
	 */
	public boolean matches(PartnershipOverview overview) {
		return (this.status == null || this.status == overview.status())
				&& (this.chosenModel == null || this.chosenModel == overview.chosenModel())
				&& (this.divergent == null || this.divergent == overview.divergent());
	}

}
