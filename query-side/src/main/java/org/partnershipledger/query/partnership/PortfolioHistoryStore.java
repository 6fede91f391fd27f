package org.partnershipledger.query.partnership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * The portfolio's history: a partnership's stored overview each time what the portfolio
 * shows of it changes, so that the portfolio as of a date is read in one query rather
 * than replayed partnership by partnership.
 */
@Repository
public class PortfolioHistoryStore {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	public PortfolioHistoryStore(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/** Whether what the portfolio shows changed between the two. */
	public static boolean changed(StoredOverview before, StoredOverview after) {
		return before == null || !PortfolioLine.of(before).equals(PortfolioLine.of(after));
	}

	/** Keeps the overview as it now stands. */
	public void keep(StoredOverview stored) {
		keepAll(List.of(stored));
	}

	/** Keeps these overviews, each as it stood. */
	public void keepAll(List<StoredOverview> stored) {
		if (stored.isEmpty()) {
			return;
		}
		this.batch.batchUpdate("""
				insert into portfolio_history (partnership_id, sequence_number, recorded_at, latest_occurred_at,
				    document)
				values (:id, :sequence, :recorded, :occurred, cast(:document as jsonb))
				on conflict (partnership_id, sequence_number) do update set document = excluded.document
				""",
				stored.stream()
					.map((overview) -> new MapSqlParameterSource().addValue("id", overview.partnershipId())
						.addValue("sequence", overview.version())
						.addValue("recorded", Timestamp.from(overview.lastRecordedAt()))
						.addValue("occurred", Timestamp.from(overview.latestOccurredAt()))
						.addValue("document", LedgerJson.write(overview)))
					.toArray(MapSqlParameterSource[]::new));
	}

	/**
	 * Forgets the partnership's history, for example before a rebuild writes it again.
	 */
	public void forget(String partnershipId) {
		this.jdbc.sql("delete from portfolio_history where partnership_id = :id").param("id", partnershipId).update();
	}

	/**
	 * Each of the partnerships as every event recorded by then left it; those with no
	 * event recorded by then are left out.
	 */
	public List<AsItWas> recordedBy(List<String> partnershipIds, Instant at) {
		if (partnershipIds.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("""
				with moment as (
				    select partnership_id, max(sequence_number) as version from event_log
				    where partnership_id in (:ids) and recorded_at <= :at group by partnership_id)
				select m.version, (select h.document::text from portfolio_history h
				        where h.partnership_id = m.partnership_id and h.sequence_number <= m.version
				        order by h.sequence_number desc limit 1)
				from moment m
				""")
			.param("ids", partnershipIds)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> new AsItWas(LedgerJson.read(rs.getString(2), StoredOverview.class), rs.getLong(1)))
			.list();
	}

	/**
	 * Each of the partnerships as the events in effect by then left it, where those are
	 * the first events of its stream, so that the history kept their state. The others,
	 * with an event in effect by then recorded after one that was not (back-dated), are
	 * named so that the caller replays them; those with no event in effect are left out.
	 */
	public EffectiveBy effectiveBy(List<String> partnershipIds, Instant at) {
		List<AsItWas> found = new ArrayList<>();
		List<String> toReplay = new ArrayList<>();
		if (partnershipIds.isEmpty()) {
			return new EffectiveBy(found, toReplay);
		}
		this.jdbc.sql("""
				with moment as (
				    select partnership_id,
				        max(sequence_number) filter (where occurred_at <= :at) as version,
				        min(sequence_number) filter (where occurred_at > :at) as first_later
				    from event_log where partnership_id in (:ids) group by partnership_id)
				select m.partnership_id, m.version, coalesce(m.first_later < m.version, false),
				    (select h.document::text from portfolio_history h
				        where h.partnership_id = m.partnership_id and h.sequence_number <= m.version
				        order by h.sequence_number desc limit 1)
				from moment m where m.version is not null
				""").params(Map.of("ids", partnershipIds, "at", Timestamp.from(at))).query((rs, row) -> {
			if (rs.getBoolean(3)) {
				toReplay.add(rs.getString(1));
			}
			else {
				found.add(new AsItWas(LedgerJson.read(rs.getString(4), StoredOverview.class), rs.getLong(2)));
			}
			return null;
		}).list();
		return new EffectiveBy(found, toReplay);
	}

	/**
	 * A partnership as it was at a moment: what the portfolio shows of it, and the
	 * version it had reached.
	 *
	 * @param overview the overview kept when what the portfolio shows last changed
	 * @param version the sequence number of the last event by then
	 */
	public record AsItWas(StoredOverview overview, long version) {
	}

	/**
	 * @param found the overviews read from the history
	 * @param toReplay the partnerships that must be replayed instead
	 */
	public record EffectiveBy(List<AsItWas> found, List<String> toReplay) {
	}

}
