package org.partnershipledger.query.portfolio;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.overview.PartnershipStatus;

/** Narrows the portfolio; a {@code null} field does not narrow. */
public record PortfolioFilter(PartnershipStatus status, PartnershipModel chosenModel, Boolean divergent) {

	public static final PortfolioFilter NONE = new PortfolioFilter(null, null, null);

}
