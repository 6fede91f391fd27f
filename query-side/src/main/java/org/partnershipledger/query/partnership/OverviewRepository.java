package org.partnershipledger.query.partnership;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * The stored overviews: per partnership a document ({@link StoredOverview}) with the
 * columns the portfolio and access checks use, its parties, and a row per item that grows
 * with its life. An event rewrites the document and the items it changed, nothing else.
 */
@Repository
public class OverviewRepository {

	private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

	/**
	 * Each kind's window (see {@link Window}): its active items first, then its latest.
	 */
	private static final String WINDOW = List.of(ItemKind.values())
		.stream()
		.map((kind) -> "(select kind, position, document from overview_item where partnership_id = :id and kind = '"
				+ kind.name() + "' and active order by position limit " + Window.ACTIVE
				+ ") union (select kind, position, document from overview_item where partnership_id = :id and kind = '"
				+ kind.name() + "' order by position desc limit " + Window.RECENT + ")")
		.collect(Collectors.joining(" union ", "select kind, position, document::text from (",
				") w order by kind, position"));

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final Clock clock;

	public OverviewRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch, Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.clock = clock;
	}

	/**
	 * The overview as the pages and the API show it: a bounded window of each kind of
	 * item (see {@link Window}).
	 */
	public Optional<PartnershipOverview> find(String partnershipId) {
		return findStored(partnershipId).map((stored) -> PartnershipOverview.of(stored, window(partnershipId)));
	}

	/**
	 * The overview as {@link #find} gives it, with one item of a kind among its items
	 * however old it is: for a page about that item.
	 */
	public Optional<PartnershipOverview> findWith(String partnershipId, ItemKind kind, String itemId) {
		return findStored(partnershipId).map((stored) -> {
			Map<ItemKind, List<?>> items = window(partnershipId);
			Optional<Object> item = item(partnershipId, kind, itemId);
			if (item.isPresent() && !items.getOrDefault(kind, List.of()).contains(item.get())) {
				List<Object> with = new ArrayList<>(items.getOrDefault(kind, List.of()));
				with.add(0, item.get());
				items.put(kind, with);
			}
			return PartnershipOverview.of(stored, items);
		});
	}

	/**
	 * The overview with every item, however many: for a page about the partnership's
	 * whole life, such as its evolution.
	 */
	public Optional<PartnershipOverview> findWhole(String partnershipId) {
		return state(partnershipId).map(OverviewState::toOverview);
	}

	/** What is stored beside the partnership's items. */
	public Optional<StoredOverview> findStored(String partnershipId) {
		return this.jdbc.sql("select document::text from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.query(String.class)
			.optional()
			.map((json) -> LedgerJson.read(json, StoredOverview.class));
	}

	private Map<ItemKind, List<?>> window(String partnershipId) {
		Map<ItemKind, List<Object>> items = new EnumMap<>(ItemKind.class);
		this.jdbc.sql(WINDOW).param("id", partnershipId).query((rs, row) -> {
			ItemKind kind = ItemKind.valueOf(rs.getString(1));
			return items.computeIfAbsent(kind, (k) -> new ArrayList<>())
				.add(LedgerJson.read(rs.getString(3), kind.type()));
		}).list();
		return new EnumMap<ItemKind, List<?>>(items);
	}

	/** One item of the partnership, however old. */
	public Optional<Object> item(String partnershipId, ItemKind kind, String itemId) {
		return this.jdbc.sql("""
				select document::text from overview_item
				where partnership_id = :id and kind = :kind and item_id = :itemId
				""")
			.param("id", partnershipId)
			.param("kind", kind.name())
			.param("itemId", itemId)
			.query(String.class)
			.optional()
			.map((json) -> LedgerJson.read(json, kind.type()));
	}

	/**
	 * A page of the partnership's items of one kind, in the order they came.
	 * @param where an extra condition on the item's document, such as
	 * {@code document ->> 'status' = :status}, or {@code null}
	 */
	public <T> List<T> page(String partnershipId, ItemKind kind, Class<T> type, Page page, String where,
			Map<String, Object> whereParams) {
		return this.jdbc
			.sql("select document::text from overview_item where partnership_id = :id and kind = :kind"
					+ ((where != null) ? " and " + where : "") + " order by position offset :offset limit :limit")
			.param("id", partnershipId)
			.param("kind", kind.name())
			.params(whereParams)
			.param("offset", page.offset())
			.param("limit", page.limit())
			.query((rs, row) -> type.cast(LedgerJson.read(rs.getString(1), kind.type())))
			.list();
	}

	/** How many items of one kind pass the condition (see {@link #page}). */
	public long count(String partnershipId, ItemKind kind, String where, Map<String, Object> whereParams) {
		return this.jdbc
			.sql("select count(*) from overview_item where partnership_id = :id and kind = :kind"
					+ ((where != null) ? " and " + where : ""))
			.param("id", partnershipId)
			.param("kind", kind.name())
			.params(whereParams)
			.query(Long.class)
			.single();
	}

	/**
	 * The whole state, every item read: what the projection folds the next event into
	 * when it does not hold the state already.
	 */
	public Optional<OverviewState> state(String partnershipId) {
		return findStored(partnershipId).map((stored) -> {
			Map<ItemKind, List<?>> items = new EnumMap<>(ItemKind.class);
			this.jdbc.sql("""
					select kind, document::text from overview_item where partnership_id = :id
					order by kind, position
					""").param("id", partnershipId).query((rs, row) -> {
				ItemKind kind = ItemKind.valueOf(rs.getString(1));
				@SuppressWarnings("unchecked")
				List<Object> list = (List<Object>) items.computeIfAbsent(kind, (k) -> new ArrayList<>());
				return list.add(LedgerJson.read(rs.getString(2), kind.type()));
			}).list();
			return OverviewState.restore(stored, items);
		});
	}

	/** The stored version (last applied sequence number), -1 when nothing is stored. */
	public long version(String partnershipId) {
		return this.jdbc.sql("select version from partnership_overview where partnership_id = :id")
			.param("id", partnershipId)
			.query(Long.class)
			.optional()
			.orElse(-1L);
	}

	/**
	 * Waits, at most {@code max}, until the projection has reached {@code minVersion};
	 * then, or when time is up, answers with what is stored.
	 */
	public Optional<PartnershipOverview> awaitVersion(String partnershipId, long minVersion, Duration max) {
		Instant deadline = this.clock.instant().plus(max);
		while (version(partnershipId) < minVersion && this.clock.instant().isBefore(deadline)) {
			LockSupport.parkNanos(POLL_INTERVAL.toNanos());
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return find(partnershipId);
	}

	/**
	 * Stores what the events applied since the state's last store changed: the document,
	 * the changed items and the changed parties, so an event costs the same however long
	 * the partnership's life. Called by the projection inside its transaction, which
	 * holds the partnership's lock.
	 */
	public void store(OverviewState state, OverviewState.Changes changes) {
		storeDocument(state.stored());
		storeItems(state.partnershipId(), changes.items());
		storeParties(state.partnershipId(), changes.parties());
	}

	/**
	 * Replaces everything stored of the partnership by the state, every item written:
	 * what a rebuild does.
	 */
	public void replace(OverviewState state) {
		state.drainChanges();
		StoredOverview stored = state.stored();
		storeDocument(stored);
		this.jdbc.sql("delete from overview_item where partnership_id = :id")
			.param("id", stored.partnershipId())
			.update();
		List<OverviewState.ChangedItem> all = new ArrayList<>();
		for (ItemKind kind : ItemKind.values()) {
			List<?> items = state.all(kind);
			for (int position = 0; position < items.size(); position++) {
				Object item = items.get(position);
				String id = (ItemKind.idOf(kind) != null) ? ItemKind.idOf(kind).apply(item)
						: Integer.toString(position);
				all.add(new OverviewState.ChangedItem(kind, id, position, kind.active(item), item));
			}
		}
		storeItems(stored.partnershipId(), all);
		this.jdbc.sql("delete from partnership_party where partnership_id = :id")
			.param("id", stored.partnershipId())
			.update();
		storeParties(stored.partnershipId(), stored.parties());
	}

	private void storeDocument(StoredOverview overview) {
		this.jdbc.sql("""
				insert into partnership_overview (partnership_id, title, status, chosen_model, recommended_model,
				    divergent, divergent_since, version, document, updated_at)
				values (:id, :title, :status, :chosenModel, :recommendedModel, :divergent, :divergentSince, :version,
				    cast(:document as jsonb), now())
				on conflict (partnership_id) do update set
				    title = excluded.title, status = excluded.status, chosen_model = excluded.chosen_model,
				    recommended_model = excluded.recommended_model, divergent = excluded.divergent,
				    divergent_since = excluded.divergent_since, version = excluded.version,
				    document = excluded.document, updated_at = excluded.updated_at
				""")
			.param("id", overview.partnershipId())
			.param("title", overview.title())
			.param("status", name(overview.status()))
			.param("chosenModel", name(overview.chosenModel()))
			.param("recommendedModel", name(overview.recommendedModel()))
			.param("divergent", overview.divergent())
			.param("divergentSince", timestamp(overview.divergentSince()))
			.param("version", overview.version())
			.param("document", LedgerJson.write(overview))
			.update();
	}

	private void storeItems(String partnershipId, List<OverviewState.ChangedItem> items) {
		if (items.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] rows = items.stream()
			.map((item) -> new MapSqlParameterSource().addValue("id", partnershipId)
				.addValue("kind", item.kind().name())
				.addValue("itemId", item.itemId())
				.addValue("position", item.position())
				.addValue("active", item.active())
				.addValue("document", LedgerJson.write(item.item())))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				insert into overview_item (partnership_id, kind, item_id, position, active, document)
				values (:id, :kind, :itemId, :position, :active, cast(:document as jsonb))
				on conflict (partnership_id, kind, item_id) do update set
				    position = excluded.position, active = excluded.active, document = excluded.document
				""", rows);
	}

	private void storeParties(String partnershipId, List<Party> parties) {
		if (parties.isEmpty()) {
			return;
		}
		MapSqlParameterSource[] rows = parties.stream()
			.map((party) -> new MapSqlParameterSource().addValue("id", partnershipId)
				.addValue("partyId", party.partyId())
				.addValue("scheme", party.identifier().scheme())
				.addValue("identifier", party.identifier().id()))
			.toArray(MapSqlParameterSource[]::new);
		this.batch.batchUpdate("""
				insert into partnership_party (partnership_id, party_id, identifier_scheme, identifier_id)
				values (:id, :partyId, :scheme, :identifier)
				on conflict (partnership_id, party_id) do update set
				    identifier_scheme = excluded.identifier_scheme, identifier_id = excluded.identifier_id
				""", rows);
	}

	private static String name(Enum<?> value) {
		return (value == null) ? null : value.name();
	}

	private static Timestamp timestamp(Instant instant) {
		return (instant == null) ? null : Timestamp.from(instant);
	}

}
