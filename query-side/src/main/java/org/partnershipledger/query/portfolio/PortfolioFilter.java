package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.overview.PartnershipStatus;

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

}
