package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;

/**
 * What the portfolio and dashboard show of a partnership, apart from its version: when it
 * changes, the portfolio's history keeps the stored overview (see
 * {@link PortfolioHistoryStore}).
 */
record PortfolioLine(String title, PartnershipStatus status, PartyRef commissioningParty, PartnershipModel chosenModel,
		PartnershipModel recommendedModel, boolean divergent, Instant divergentSince, List<Review> scheduledReviews,
		Assessment latestAssessment, ModelChoice latestChoice, List<ReassessmentReason> reassessmentTriggers,
		LatestHealth latestHealthCheck) {

	static PortfolioLine of(StoredOverview stored) {
		return new PortfolioLine(stored.title(), stored.status(), stored.commissioningParty(), stored.chosenModel(),
				stored.recommendedModel(), stored.divergent(), stored.divergentSince(), stored.scheduledReviews(),
				stored.latestAssessment(), stored.latestChoice(), stored.reassessmentTriggers(),
				stored.latestHealthCheck());
	}

}
