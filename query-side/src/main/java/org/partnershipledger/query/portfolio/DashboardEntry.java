package org.partnershipledger.query.portfolio;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.query.partnership.EvolutionPeriod;
import org.partnershipledger.query.partnership.LatestHealth;
import org.partnershipledger.query.partnership.ReassessmentDue;
import org.partnershipledger.query.partnership.ReassessmentRule;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * One partnership on the dashboard: its models, its current divergence, and what needs
 * attention today.
 *
 * @param divergentSince when the current divergence began (business date)
 * @param divergentDays whole days since then, {@code null} when not divergent
 * @param justified whether the choice in force carries a departure justification;
 * {@code null} when not divergent
 * @param overdueReviews the reviews past their last day of grace today, longest overdue
 * first
 * @param latestHealth the RAG of the latest relational health check held, {@code null}
 * when none was
 * @param latestHealthOn the day that check was held
 * @param reassessment whether a reassessment of the service is due today, and why
 */
public record DashboardEntry(String partnershipId, String title, String commissioningPartyName,
		PartnershipStatus status, PartnershipModel recommendedModel, PartnershipModel chosenModel, boolean divergent,
		Instant divergentSince, Long divergentDays, Boolean justified, List<OverdueReview> overdueReviews,
		Rag latestHealth, LocalDate latestHealthOn, ReassessmentDue reassessment) {

	public DashboardEntry {
		overdueReviews = (overdueReviews == null) ? List.of() : List.copyOf(overdueReviews);
	}

	static DashboardEntry of(StoredOverview overview, Instant now) {
		LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.UK);
		boolean divergent = overview.divergent();
		Long days = (divergent && overview.divergentSince() != null)
				? Math.max(0, Duration.between(overview.divergentSince(), now).toDays()) : null;
		LatestHealth latestCheck = overview.latestHealthCheck();
		return new DashboardEntry(overview.partnershipId(), overview.title(),
				(overview.commissioningParty() != null) ? overview.commissioningParty().name() : null,
				overview.status(), overview.recommendedModel(), overview.chosenModel(), divergent,
				divergent ? overview.divergentSince() : null, days, divergent ? justified(overview) : null,
				overview.reviewsOverdueOn(today).stream().map(OverdueReview::of).toList(),
				(latestCheck != null) ? latestCheck.rag() : null, (latestCheck != null) ? latestCheck.heldOn() : null,
				ReassessmentRule.of(overview, today));
	}

	/** Whether the latest relational health check was RED. */
	public boolean redHealth() {
		return this.latestHealth == Rag.RED;
	}

	/** Whether any review is overdue. */
	public boolean overdue() {
		return !this.overdueReviews.isEmpty();
	}

	private static Boolean justified(StoredOverview overview) {
		return overview.evolution()
			.current()
			.map(EvolutionPeriod::justified)
			.orElseGet(() -> overview.latestChoice() != null && overview.latestChoice().departureJustification() != null
					&& !overview.latestChoice().departureJustification().isBlank());
	}

}
