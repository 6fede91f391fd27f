package org.partnershipledger.query.projection;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.adaptations.AdaptationRegister;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.OverviewState;

/**
 * Every read model derived from a partnership's events, written together from its fold's
 * state: the overview with its items, columns and parties, and the adaptation register.
 * The projection writes what an event changed; a rebuild replaces everything the
 * partnership had, correcting whatever an older fold left. A new derived table belongs
 * here (and event_log, the source copy, does not).
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

	/**
	 * Stores what the events applied since the last store changed; call under the lock.
	 */
	public void store(OverviewState state) {
		OverviewState.Changes changes = state.drainChanges();
		this.overviews.store(state, changes);
		this.register.store(state.partnershipId(),
				changes.items()
					.stream()
					.filter((item) -> item.kind() == ItemKind.ADAPTATION)
					.map((item) -> (Adaptation) item.item())
					.toList());
	}

	/** Replaces the partnership's read models by the state's; call under its lock. */
	@SuppressWarnings("unchecked")
	public void replace(OverviewState state) {
		this.overviews.replace(state);
		this.register.replace(state.partnershipId(), (List<Adaptation>) state.all(ItemKind.ADAPTATION));
	}

	/**
	 * Drops the read models of a partnership that has no events (the items, parties and
	 * register go with the overview); call under its lock.
	 */
	public void drop(String partnershipId) {
		this.jdbc.sql("delete from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.update();
		this.jdbc.sql("delete from overview_snapshot where partnership_id = :id").param("id", partnershipId).update();
		this.jdbc.sql("delete from portfolio_history where partnership_id = :id").param("id", partnershipId).update();
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
