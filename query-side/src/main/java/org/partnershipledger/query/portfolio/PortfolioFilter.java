package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * Narrows the portfolio; a {@code null} field does not narrow. The dashboard's
 * cross-table of recommended against chosen model links each cell to the portfolio
 * narrowed by both.
 */
public record PortfolioFilter(PartnershipStatus status, PartnershipModel recommendedModel, PartnershipModel chosenModel,
		Boolean divergent) {

	public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null, null);

	/** Whether anything is narrowed. */
	public boolean narrows() {
		return !equals(NONE);
	}

	/**
	 * Whether an overview passes the filter: what the stored columns do in SQL, for
	 * overviews replayed as of a date.
	 */
	public boolean matches(StoredOverview overview) {
		return (this.status == null || this.status == overview.status())
				&& (this.recommendedModel == null || this.recommendedModel == overview.recommendedModel())
				&& (this.chosenModel == null || this.chosenModel == overview.chosenModel())
				&& (this.divergent == null || this.divergent == overview.divergent());
	}

}
