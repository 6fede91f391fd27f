package org.partnershipledger.query.portfolio;

import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.history.OverviewHistory;

/**
 * The portfolio as it stood (DOMAIN.md §8): each partnership the person may see now,
 * replayed as of the moment and filtered on what it was then; those that did not exist
 * yet are left out. Reviews count as overdue on the moment's own date.
 */
@Service
public class PortfolioHistory {

	private final PortfolioRepository portfolios;

	private final OverviewHistory history;

	public PortfolioHistory(PortfolioRepository portfolios, OverviewHistory history) {
		this.portfolios = portfolios;
		this.history = history;
	}

	public List<PortfolioEntry> portfolio(Identity viewer, PortfolioFilter filter, AsOf asOf) {
		LocalDate day = LocalDate.ofInstant(asOf.at(), BusinessCalendar.UK);
		return this.portfolios.visible(viewer, PortfolioFilter.NONE)
			.stream()
			.flatMap((live) -> this.history.asOf(live.partnershipId(), asOf).stream())
			.map((asOfThen) -> asOfThen.overview().stored())
			.filter(filter::matches)
			.map((overview) -> PortfolioEntry.of(overview, day))
			.toList();
	}

}
