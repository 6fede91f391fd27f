package org.partnershipledger.query.timeline;

import java.sql.Timestamp;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

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

	/** The partnership's events as the API lists them. */
	public List<EventLogEntry> entries(String partnershipId) {
		return entries(partnershipId, SummaryNames.IDS);
	}

	/** The partnership's events as the API lists them, calling things by these names. */
	public List<EventLogEntry> entries(String partnershipId, SummaryNames names) {
		return envelopes(partnershipId).stream().map((envelope) -> entry(envelope, names)).toList();
	}

	public long count(String partnershipId) {
		return this.jdbc.sql("select count(*) from event_log where partnership_id = :id")
			.param("id", partnershipId)
			.query(Long.class)
			.single();
	}

	/** One envelope as the API lists it. */
	public static EventLogEntry entry(EventEnvelope envelope, SummaryNames names) {
		return new EventLogEntry(envelope.sequenceNumber(), envelope.type(), envelope.occurredAt(),
				envelope.recordedAt(), envelope.actor(), envelope.authority(),
				EventSummaries.summarise(envelope, names), envelope.payload());
	}

}
