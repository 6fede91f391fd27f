package org.partnershipledger.audit;

import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.wire.EnvelopeMetaData;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * One row of the event store's {@code domainevententry} table as stored, and the envelope
 * it stands for. Plain JSON and JDBC, no Axon, so that a verifier without the command
 * side can read an event store.
 *
 * @param payloadType the Java class name Axon keeps, mapped back to the wire name
 * @param payload the payload's JSON bytes
 * @param metaData the JSON bytes of Axon's metadata map
 * @param timestamp when the event was recorded, as Axon wrote it (ISO-8601)
 */
public record StoredEventRow(long globalIndex, String aggregateIdentifier, long sequenceNumber, String eventIdentifier,
		String payloadType, String payloadRevision, byte[] payload, byte[] metaData, String timestamp) {

	/** The columns {@link #from(ResultSet)} reads, for a SELECT on domainevententry. */
	public static final String COLUMNS = "globalindex, aggregateidentifier, sequencenumber, eventidentifier, "
			+ "payloadtype, payloadrevision, payload, metadata, timestamp";

	private static final TypeReference<Map<String, Object>> META_DATA = new TypeReference<>() {
	};

	/** Reads the current row of a result set selected with {@link #COLUMNS}. */
	public static StoredEventRow from(ResultSet row) throws SQLException {
		return new StoredEventRow(row.getLong("globalindex"), row.getString("aggregateidentifier"),
				row.getLong("sequencenumber"), row.getString("eventidentifier"), row.getString("payloadtype"),
				row.getString("payloadrevision"), row.getBytes("payload"), row.getBytes("metadata"),
				row.getString("timestamp"));
	}

	/**
	 * The envelope this row was published as, without its chain hash.
	 * @throws UnreadableEventException if the row cannot be read as an event
	 */
	public EventEnvelope toEnvelope() {
		String type = EventTypes.nameOfClassName(this.payloadType)
			.orElseThrow(() -> new UnreadableEventException("its type " + this.payloadType + " is not a ledger event"));
		try {
			JsonNode payloadJson = CanonicalJson.read(this.payload);
			Map<String, Object> meta = (this.metaData == null) ? Map.of()
					: CanonicalJson.mapper().readValue(this.metaData, META_DATA);
			JsonNode occurredAt = payloadJson.get("occurredAt");
			return new EventEnvelope(this.eventIdentifier, type, this.payloadRevision, this.aggregateIdentifier,
					this.sequenceNumber, this.globalIndex,
					(occurredAt == null || occurredAt.isNull()) ? null : Instant.parse(occurredAt.asText()),
					Instant.parse(this.timestamp), EnvelopeMetaData.actor(meta), EnvelopeMetaData.authority(meta),
					EnvelopeMetaData.correlationId(meta), EnvelopeMetaData.causationId(meta), payloadJson, null, null);
		}
		catch (IOException | RuntimeException ex) {
			throw new UnreadableEventException("it could not be read (" + ex.getMessage() + ")");
		}
	}

}
