package org.partnershipledger.query.portfolio;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.query.partnership.ReassessmentDue;
import org.partnershipledger.query.partnership.ReassessmentRule;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * One line of the portfolio: a partnership the person may see, with its drift from the
 * recommendation.
 *
 * @param nextReviewDue the earliest due date of the reviews still scheduled, {@code null}
 * when none is
 * @param overdueReviews how many scheduled reviews are past their last day of grace on
 * the day it is read
 * @param reassessment whether a reassessment of the service is due on that day, and why
 */
public record PortfolioEntry(String partnershipId, String title, PartnershipStatus status, PartyRef commissioningParty,
		PartnershipModel chosenModel, PartnershipModel recommendedModel, boolean divergent, Instant divergentSince,
		LocalDate nextReviewDue, int overdueReviews, ReassessmentDue reassessment, long version) {

	/** The line of a partnership as it stands on {@code today}. */
	public static PortfolioEntry of(StoredOverview overview, LocalDate today) {
		return of(overview, today, overview.version());
	}

	/**
	 * The line of a partnership as it stood on {@code today}, when it had reached
	 * {@code version}.
	 */
	public static PortfolioEntry of(StoredOverview overview, LocalDate today, long version) {
		return new PortfolioEntry(overview.partnershipId(), overview.title(), overview.status(),
				overview.commissioningParty(), overview.chosenModel(), overview.recommendedModel(),
				overview.divergent(), overview.divergentSince(), overview.nextReviewDue(),
				overview.reviewsOverdueOn(today).size(), ReassessmentRule.of(overview, today), version);
	}

}
