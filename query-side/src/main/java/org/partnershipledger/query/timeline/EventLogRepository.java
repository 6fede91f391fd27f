package org.partnershipledger.query.timeline;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.partnership.Page;

/**
 * The query side's append-only copy of every applied envelope, in sequence order per
 * partnership. It is what timelines, audit views and rebuilds read.
 */
@Repository
public class EventLogRepository {

	private final JdbcClient jdbc;

	EventLogRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Appends an applied envelope; called by the projection inside its transaction. */
	public void append(EventEnvelope envelope) {
		this.jdbc.sql("""
				insert into event_log (partnership_id, sequence_number, global_index, event_id, type, revision,
				    occurred_at, recorded_at, actor, authority, correlation_id, causation_id, payload, envelope)
				values (:partnershipId, :sequenceNumber, :globalIndex, :eventId, :type, :revision,
				    :occurredAt, :recordedAt, cast(:actor as jsonb), cast(:authority as jsonb), :correlationId,
				    :causationId, cast(:payload as jsonb), cast(:envelope as jsonb))
				""")
			.param("partnershipId", envelope.partnershipId())
			.param("sequenceNumber", envelope.sequenceNumber())
			.param("globalIndex", envelope.globalIndex())
			.param("eventId", envelope.eventId())
			.param("type", envelope.type())
			.param("revision", envelope.revision())
			.param("occurredAt", Timestamp.from(envelope.occurredAt()))
			.param("recordedAt", Timestamp.from(envelope.recordedAt()))
			.param("actor", (envelope.actor() != null) ? LedgerJson.write(envelope.actor()) : null)
			.param("authority", (envelope.authority() != null) ? LedgerJson.write(envelope.authority()) : null)
			.param("correlationId", envelope.correlationId())
			.param("causationId", envelope.causationId())
			.param("payload", LedgerJson.write(envelope.payload()))
			.param("envelope", LedgerJson.write(envelope))
			.update();
	}

	/** The partnership's envelopes in sequence order. */
	public List<EventEnvelope> envelopes(String partnershipId) {
		return this.jdbc.sql("select envelope::text from event_log where partnership_id = :id order by sequence_number")
			.param("id", partnershipId)
			.query((rs, row) -> LedgerJson.read(rs.getString(1), EventEnvelope.class))
			.list();
	}

	/** The partnership's envelopes after a sequence number, in sequence order. */
	public List<EventEnvelope> envelopesAfter(String partnershipId, long sequenceNumber) {
		return envelopesAfter(partnershipId, sequenceNumber, Integer.MAX_VALUE);
	}

	/**
	 * At most {@code limit} of the partnership's envelopes after a sequence number, in
	 * sequence order: a history read a page at a time, each page a short query of its
	 * own.
	 */
	public List<EventEnvelope> envelopesAfter(String partnershipId, long sequenceNumber, int limit) {
		return this.jdbc.sql("""
				select envelope::text from event_log where partnership_id = :id and sequence_number > :after
				order by sequence_number limit :limit
				""")
			.param("id", partnershipId)
			.param("after", sequenceNumber)
			.param("limit", limit)
			.query((rs, row) -> LedgerJson.read(rs.getString(1), EventEnvelope.class))
			.list();
	}

	/**
	 * The partnership's envelopes that took effect by a moment but were recorded after
	 * it: where a view as recorded and one as effective then differ.
	 */
	public List<EventEnvelope> effectiveButRecordedAfter(String partnershipId, Instant at) {
		return this.jdbc.sql("""
				select envelope::text from event_log
				where partnership_id = :id and occurred_at <= :at and recorded_at > :at
				order by sequence_number
				""")
			.param("id", partnershipId)
			.param("at", Timestamp.from(at))
			.query((rs, row) -> LedgerJson.read(rs.getString(1), EventEnvelope.class))
			.list();
	}

	/** The partnership's envelopes that pass the filter, in sequence order. */
	public List<EventEnvelope> envelopes(String partnershipId, TimelineFilter filter) {
		return envelopes(partnershipId, filter, null);
	}

	/**
	 * A page of the partnership's envelopes that pass the filter, in sequence order;
	 * every one of them when the page is {@code null}.
	 */
	public List<EventEnvelope> envelopes(String partnershipId, TimelineFilter filter, Page page) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder sql = new StringBuilder("select envelope::text from event_log where ")
			.append(where(partnershipId, filter, params))
			.append(" order by sequence_number");
		if (page != null) {
			sql.append(" offset :offset limit :limit");
			params.put("offset", page.offset());
			params.put("limit", page.limit());
		}
		return this.jdbc.sql(sql.toString())
			.params(params)
			.query((rs, row) -> LedgerJson.read(rs.getString(1), EventEnvelope.class))
			.list();
	}

	/** How many of the partnership's envelopes pass the filter. */
	public long count(String partnershipId, TimelineFilter filter) {
		Map<String, Object> params = new HashMap<>();
		return this.jdbc.sql("select count(*) from event_log where " + where(partnershipId, filter, params))
			.params(params)
			.query(Long.class)
			.single();
	}

	private static String where(String partnershipId, TimelineFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder("partnership_id = :id");
		params.put("id", partnershipId);
		if (filter.type() != null) {
			sql.append(" and type = :type");
			params.put("type", filter.type());
		}
		if (filter.actor() != null) {
			sql.append(" and actor ->> 'userId' = :actor");
			params.put("actor", filter.actor());
		}
		if (filter.from() != null) {
			sql.append(" and occurred_at >= :from");
			params.put("from", Timestamp.from(filter.from()));
		}
		if (filter.to() != null) {
			sql.append(" and occurred_at <= :to");
			params.put("to", Timestamp.from(filter.to()));
		}
		return sql.toString();
	}

	/**
	 * The people who acted on the partnership, each once (as their latest event names
	 * them), by name. One index probe per person: the next user id after the last one
	 * found, and that person's latest event.
	 */
	public List<Actor> actors(String partnershipId) {
		return this.jdbc.sql("""
				with recursive people (user_id, latest) as (
				    (select actor ->> 'userId', sequence_number from event_log
				     where partnership_id = :id and actor is not null
				     order by actor ->> 'userId', sequence_number desc limit 1)
				    union all
				    select next.user_id, next.sequence_number from people, lateral (
				        select actor ->> 'userId' as user_id, sequence_number from event_log
				        where partnership_id = :id and actor is not null and actor ->> 'userId' > people.user_id
				        order by actor ->> 'userId', sequence_number desc limit 1) next
				)
				select e.actor::text from people
				join event_log e on e.partnership_id = :id and e.sequence_number = people.latest
				""")
			.param("id", partnershipId)
			.query((rs, row) -> LedgerJson.read(rs.getString(1), Actor.class))
			.list()
			.stream()
			.sorted(Comparator.comparing(Actor::displayName))
			.toList();
	}

	/**
	 * The event types the partnership has, in the order they first occurred. One index
	 * probe per type: the next type after the last one found, at its first event.
	 */
	public List<String> types(String partnershipId) {
		return this.jdbc.sql("""
				with recursive kinds (type, first) as (
				    (select type, sequence_number from event_log where partnership_id = :id
				     order by type, sequence_number limit 1)
				    union all
				    select next.type, next.sequence_number from kinds, lateral (
				        select type, sequence_number from event_log where partnership_id = :id and type > kinds.type
				        order by type, sequence_number limit 1) next
				)
				select type from kinds order by first
				""").param("id", partnershipId).query(String.class).list();
	}

	/** How many events the log holds across all partnerships. */
	public long countAll() {
		return this.jdbc.sql("select count(*) from event_log").query(Long.class).single();
	}

	/**
	 * The sequence numbers of those of the event ids that are the partnership's events,
	 * by id; ids of no event of the partnership are left out.
	 */
	public Map<String, Long> sequencesOf(String partnershipId, Collection<String> eventIds) {
		if (eventIds.isEmpty()) {
			return Map.of();
		}
		Map<String, Long> sequences = new HashMap<>();
		this.jdbc
			.sql("select event_id, sequence_number from event_log where partnership_id = :id and event_id in (:ids)")
			.param("id", partnershipId)
			.param("ids", List.copyOf(eventIds))
			.query((rs, row) -> sequences.put(rs.getString(1), rs.getLong(2)))
			.list();
		return sequences;
	}

	/**
	 * The first of the event ids that is no event of the partnership, if any: an audit
	 * finding may rest only on the partnership's own events.
	 */
	public Optional<String> firstUnknown(String partnershipId, List<String> eventIds) {
		Map<String, Long> known = sequencesOf(partnershipId, eventIds);
		return eventIds.stream().filter((id) -> !known.containsKey(id)).findFirst();
	}

	/** Every partnership with an event in the log. */
	public List<String> partnershipIds() {
		return this.jdbc.sql("select distinct partnership_id from event_log order by partnership_id")
			.query(String.class)
			.list();
	}

	/** The partnership's events as the API lists them. */
	public List<EventLogEntry> entries(String partnershipId) {
		return entries(partnershipId, SummaryNames.IDS);
	}

	/** The partnership's events as the API lists them, calling things by these names. */
	public List<EventLogEntry> entries(String partnershipId, SummaryNames names) {
		return entries(partnershipId, TimelineFilter.NONE, names);
	}

	/** The partnership's events that pass the filter, as the API lists them. */
	public List<EventLogEntry> entries(String partnershipId, TimelineFilter filter, SummaryNames names) {
		return entries(partnershipId, filter, null, names);
	}

	/** A page of the partnership's events that pass the filter, as the API lists them. */
	public List<EventLogEntry> entries(String partnershipId, TimelineFilter filter, Page page, SummaryNames names) {
		return envelopes(partnershipId, filter, page).stream().map((envelope) -> entry(envelope, names)).toList();
	}

	public long count(String partnershipId) {
		return this.jdbc.sql("select count(*) from event_log where partnership_id = :id")
			.param("id", partnershipId)
			.query(Long.class)
			.single();
	}

	/**
	 * One envelope as the API lists it, its payload at the event type's current revision
	 * (the list has no revision field, so one shape per type).
	 */
	public static EventLogEntry entry(EventEnvelope envelope, SummaryNames names) {
		return new EventLogEntry(envelope.sequenceNumber(), envelope.type(), envelope.occurredAt(),
				envelope.recordedAt(), envelope.actor(), envelope.authority(),
				EventSummaries.summarise(envelope, names), envelope.currentPayload());
	}

}
