package org.partnershipledger.query.portfolio;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Service;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.history.Axis;
import org.partnershipledger.query.history.OverviewHistory;
import org.partnershipledger.query.partnership.PortfolioHistoryStore;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * The portfolio as it stood (DOMAIN.md §8): each partnership the person may see now, as
 * it was at the moment and filtered on what it was then; those that did not exist yet are
 * left out. It is read from the portfolio's history in one query; only a partnership
 * whose events in effect by then were recorded in another order (back-dated) is replayed.
 * Reviews count as overdue on the moment's own date.
 */
@Service
public class PortfolioHistory {

	private final PortfolioRepository portfolios;

	private final PortfolioHistoryStore store;

	private final OverviewHistory history;

	public PortfolioHistory(PortfolioRepository portfolios, PortfolioHistoryStore store, OverviewHistory history) {
		this.portfolios = portfolios;
		this.store = store;
		this.history = history;
	}

	public List<PortfolioEntry> portfolio(Identity viewer, PortfolioFilter filter, AsOf asOf) {
		LocalDate day = LocalDate.ofInstant(asOf.at(), BusinessCalendar.UK);
		List<String> visible = this.portfolios.visible(viewer, PortfolioFilter.NONE)
			.stream()
			.map(StoredOverview::partnershipId)
			.toList();
		List<PortfolioHistoryStore.AsItWas> then = new ArrayList<>();
		if (asOf.axis() == Axis.RECORDED) {
			then.addAll(this.store.recordedBy(visible, asOf.at()));
		}
		else {
			PortfolioHistoryStore.EffectiveBy effective = this.store.effectiveBy(visible, asOf.at());
			then.addAll(effective.found());
			effective.toReplay()
				.forEach((id) -> this.history.asOf(id, asOf)
					.map((past) -> past.overview().stored())
					.ifPresent((stored) -> then.add(new PortfolioHistoryStore.AsItWas(stored, stored.version()))));
		}
		return then.stream()
			.filter((past) -> filter.matches(past.overview()))
			.sorted(Comparator
				.comparing((PortfolioHistoryStore.AsItWas past) -> past.overview().title().toLowerCase(Locale.ROOT))
				.thenComparing((past) -> past.overview().partnershipId()))
			.map((past) -> PortfolioEntry.of(past.overview(), day, past.version()))
			.toList();
	}

}
