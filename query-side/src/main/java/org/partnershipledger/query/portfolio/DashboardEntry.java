package org.partnershipledger.query.portfolio;

import java.time.Duration;
import java.time.Instant;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.overview.EvolutionPeriod;
import org.partnershipledger.query.overview.PartnershipOverview;
import org.partnershipledger.query.overview.PartnershipStatus;

/**
 * One partnership on the dashboard: its models and its current divergence.
 *
 * @param divergentSince when the current divergence began (business date)
 * @param divergentDays whole days since then, {@code null} when not divergent
 * @param justified whether the choice in force carries a departure justification;
 * {@code null} when not divergent
 */
public record DashboardEntry(String partnershipId, String title, String commissioningPartyName,
		PartnershipStatus status, PartnershipModel recommendedModel, PartnershipModel chosenModel, boolean divergent,
		Instant divergentSince, Long divergentDays, Boolean justified) {

	static DashboardEntry of(PartnershipOverview overview, Instant now) {
		boolean divergent = overview.divergent();
		Long days = (divergent && overview.divergentSince() != null)
				? Math.max(0, Duration.between(overview.divergentSince(), now).toDays()) : null;
		return new DashboardEntry(overview.partnershipId(), overview.title(),
				(overview.commissioningParty() != null) ? overview.commissioningParty().name() : null,
				overview.status(), overview.recommendedModel(), overview.chosenModel(), divergent,
				divergent ? overview.divergentSince() : null, days, divergent ? justified(overview) : null);
	}

	private static Boolean justified(PartnershipOverview overview) {
		return overview.evolution()
			.current()
			.map(EvolutionPeriod::justified)
			.orElseGet(() -> overview.latestChoice() != null && overview.latestChoice().departureJustification() != null
					&& !overview.latestChoice().departureJustification().isBlank());
	}

}
