package org.partnershipledger.query.portfolio;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.query.overview.PartnershipOverview;
import org.partnershipledger.query.overview.PartnershipStatus;

/**
 * One line of the portfolio: a partnership the person may see, with its drift from the
 * recommendation.
 *
 * @param nextReviewDue the next review's due date, {@code null} until reviews exist
 * @param overdueReviews how many reviews are overdue, 0 until reviews exist
 */
public record PortfolioEntry(String partnershipId, String title, PartnershipStatus status, PartyRef commissioningParty,
		PartnershipModel chosenModel, PartnershipModel recommendedModel, boolean divergent, Instant divergentSince,
		LocalDate nextReviewDue, int overdueReviews, long version) {

	public static PortfolioEntry of(PartnershipOverview overview) {
		return new PortfolioEntry(overview.partnershipId(), overview.title(), overview.status(),
				overview.commissioningParty(), overview.chosenModel(), overview.recommendedModel(),
				overview.divergent(), overview.divergentSince(), null, 0, overview.version());
	}

}
