package org.partnershipledger.query.portfolio;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * The partnerships a person may see, filtered on the columns the projection keeps beside
 * each overview.
 */
@Repository
public class PortfolioRepository {

	private final JdbcClient jdbc;

	private final Clock clock;

	public PortfolioRepository(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The partnerships the person may see that match the filter, by title, with their
	 * overdue reviews counted as of today.
	 */
	public List<PortfolioEntry> portfolio(Identity viewer, PortfolioFilter filter) {
		LocalDate today = BusinessCalendar.today(this.clock);
		return visible(viewer, filter).stream().map((overview) -> PortfolioEntry.of(overview, today)).toList();
	}

	/**
	 * The overviews of the partnerships the person may see that match the filter, by
	 * title.
	 */
	public List<StoredOverview> visible(Identity viewer, PortfolioFilter filter) {
		if (viewer == null || viewer.role() == UserRole.ADMIN) {
			return List.of();
		}
		StringBuilder sql = new StringBuilder("select o.document::text from partnership_overview o where true");
		Map<String, Object> params = new HashMap<>();
		if (viewer.role() != UserRole.AUDITOR) {
			sql.append(" and exists (select 1 from partnership_party p where p.partnership_id = o.partnership_id"
					+ " and p.identifier_scheme = :scheme and p.identifier_id = :id)");
			params.put("scheme", viewer.organisation().identifier().scheme());
			params.put("id", viewer.organisation().identifier().id());
		}
		if (filter.status() != null) {
			sql.append(" and o.status = :status");
			params.put("status", filter.status().name());
		}
		if (filter.recommendedModel() != null) {
			sql.append(" and o.recommended_model = :recommendedModel");
			params.put("recommendedModel", filter.recommendedModel().name());
		}
		if (filter.chosenModel() != null) {
			sql.append(" and o.chosen_model = :chosenModel");
			params.put("chosenModel", filter.chosenModel().name());
		}
		if (filter.divergent() != null) {
			sql.append(" and o.divergent = :divergent");
			params.put("divergent", filter.divergent());
		}
		sql.append(" order by lower(o.title), o.partnership_id");
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query(String.class)
			.list()
			.stream()
			.map((json) -> LedgerJson.read(json, StoredOverview.class))
			.toList();
	}

}
