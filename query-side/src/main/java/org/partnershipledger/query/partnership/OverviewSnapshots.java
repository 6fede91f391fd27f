package org.partnershipledger.query.partnership;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * The fold's whole state every {@link #EVERY} events of a partnership, so that a view as
 * of a date starts from the nearest one before it instead of from the first event.
 * Disposable, like every read model: a rebuild writes them again.
 */
@Repository
public class OverviewSnapshots {

	/** How many events apart a partnership's snapshots are. */
	public static final int EVERY = 500;

	/**
	 * Later than any moment a view is asked for, and still a timestamp PostgreSQL stores.
	 */
	private static final Instant NEVER = Instant.parse("9999-12-31T23:59:59Z");

	/**
	 * How many items the snapshots kept parsed in memory may hold together: the latest
	 * snapshots of five partnerships of 10,000 events, in a heap of 768 MB.
	 */
	private static final int CACHED_ITEMS = 50_000;

	private final JdbcClient jdbc;

	private final SnapshotCache parsed = new SnapshotCache(CACHED_ITEMS);

	public OverviewSnapshots(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Whether the state has just reached a version that is snapshotted. */
	public static boolean due(OverviewState state) {
		return (state.version() + 1) % EVERY == 0;
	}

	/** Keeps the state as it stands; call when {@link #due} says so. */
	public void keep(OverviewState state) {
		ObjectNode snapshot = LedgerJson.mapper().createObjectNode();
		snapshot.set("overview", LedgerJson.mapper().valueToTree(state.stored()));
		ObjectNode items = snapshot.putObject("items");
		for (ItemKind kind : ItemKind.values()) {
			items.set(kind.name(), LedgerJson.mapper().valueToTree(state.all(kind)));
		}
		this.jdbc.sql("""
				insert into overview_snapshot (partnership_id, sequence_number, last_recorded_at, latest_occurred_at,
				    state)
				values (:id, :sequence, :recorded, :occurred, cast(:state as jsonb))
				on conflict (partnership_id, sequence_number) do update set
				    last_recorded_at = excluded.last_recorded_at, latest_occurred_at = excluded.latest_occurred_at,
				    state = excluded.state
				""")
			.param("id", state.partnershipId())
			.param("sequence", state.version())
			.param("recorded", Timestamp.from(state.stored().lastRecordedAt()))
			.param("occurred", Timestamp.from(state.stored().latestOccurredAt()))
			.param("state", LedgerJson.write(snapshot))
			.update();
	}

	/**
	 * Forgets the partnership's snapshots, for example before a rebuild writes them
	 * again.
	 */
	public void forget(String partnershipId) {
		this.jdbc.sql("delete from overview_snapshot where partnership_id = :id").param("id", partnershipId).update();
		this.parsed.forget(partnershipId);
	}

	/** The latest snapshot every event of which was recorded by then. */
	public Optional<OverviewState> recordedBy(String partnershipId, Instant at) {
		return nearest(partnershipId, at, NEVER);
	}

	/** The latest snapshot every event of which took effect by then. */
	public Optional<OverviewState> effectiveBy(String partnershipId, Instant at) {
		return nearest(partnershipId, NEVER, at);
	}

	private Optional<OverviewState> nearest(String partnershipId, Instant recordedBy, Instant occurredBy) {
		return this.jdbc.sql("""
				select sequence_number from overview_snapshot
				where partnership_id = :id and last_recorded_at <= :recorded and latest_occurred_at <= :occurred
				order by sequence_number desc limit 1
				""")
			.param("id", partnershipId)
			.param("recorded", Timestamp.from(recordedBy))
			.param("occurred", Timestamp.from(occurredBy))
			.query(Long.class)
			.optional()
			.flatMap((sequence) -> this.parsed.get(partnershipId, sequence, () -> read(partnershipId, sequence)))
			.map(SnapshotCache.Parsed::restore);
	}

	/** The snapshot as stored, parsed; empty if a rebuild has just forgotten it. */
	private Optional<SnapshotCache.Parsed> read(String partnershipId, long sequenceNumber) {
		return this.jdbc
			.sql("select state::text from overview_snapshot where partnership_id = :id and sequence_number = :sequence")
			.param("id", partnershipId)
			.param("sequence", sequenceNumber)
			.query(String.class)
			.optional()
			.map(OverviewSnapshots::parse);
	}

	private static SnapshotCache.Parsed parse(String json) {
		JsonNode snapshot = LedgerJson.read(json, JsonNode.class);
		StoredOverview stored = LedgerJson.mapper().convertValue(snapshot.get("overview"), StoredOverview.class);
		Map<ItemKind, List<?>> items = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			JsonNode list = snapshot.path("items").path(kind.name());
			items.put(kind,
					LedgerJson.mapper()
						.convertValue(list,
								LedgerJson.mapper().getTypeFactory().constructCollectionType(List.class, kind.type())));
		}
		return new SnapshotCache.Parsed(stored, items);
	}

}
