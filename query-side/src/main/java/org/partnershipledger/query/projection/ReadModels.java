package org.partnershipledger.query.projection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.adaptations.AdaptationRegister;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Every read model derived from a partnership's events, written together from its folded
 * overview: the overview with its columns and parties, and the adaptation register. Each
 * write replaces all the partnership had, so the projection and the rebuild share it and
 * a rebuild corrects whatever an older fold left. A new derived table belongs here (and
 * event_log, the source copy, does not).
 */
@Component
public class ReadModels {

	private final JdbcClient jdbc;

	private final OverviewRepository overviews;

	private final AdaptationRegister register;

	ReadModels(JdbcClient jdbc, OverviewRepository overviews, AdaptationRegister register) {
		this.jdbc = jdbc;
		this.overviews = overviews;
		this.register = register;
	}

	/** Replaces the partnership's read models; call under its lock. */
	public void store(PartnershipOverview overview) {
		this.overviews.store(overview);
		this.register.replace(overview);
	}

	/**
	 * Drops the read models of a partnership that has no events (the parties and register
	 * go with the overview); call under its lock.
	 */
	public void drop(String partnershipId) {
		this.jdbc.sql("delete from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.update();
	}

	/** Every partnership that has read models or events. */
	public List<String> partnershipIds() {
		return this.jdbc.sql("""
				select partnership_id from partnership_overview
				union
				select distinct partnership_id from event_log
				order by 1
				""").query(String.class).list();
	}

}
