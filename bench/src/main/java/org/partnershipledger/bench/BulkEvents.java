package org.partnershipledger.bench;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainLink;
import org.partnershipledger.audit.LinkSignatures;
import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Appends many partnerships to the event store at once, each a copy of a template
 * partnership that was made through the API (so every event is one the aggregate
 * decided): new partnership and event ids, recorded now, each linked into its own hash
 * chain exactly as the command side links it ({@link ChainHash} over the stored row read
 * as its envelope), in the same transaction as the events. The relay then publishes them
 * and the query side projects them like any other events; only the command handling is
 * skipped, which is what makes a million events reachable in minutes. A partnership can
 * also be grown long: the template's events, then its later events repeated and
 * renumbered.
 */
final class BulkEvents {

	private static final String INSERT_EVENT = """
			INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
			    payload, payloadrevision, payloadtype, timestamp)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	/** A chain link and the ledger's signature of it, as the command side writes them. */
	private static final String INSERT_LINK = """
			WITH link AS (
			    INSERT INTO event_chain (partnership_id, sequence_number, event_id, chain_hash, previous_hash)
			    VALUES (?, ?, ?, ?, ?) RETURNING event_id)
			INSERT INTO chain_link_signature (event_id, scheme, signature) SELECT event_id, ?, ? FROM link""";

	/** Partnerships appended per transaction. */
	private static final int PER_TRANSACTION = 20;

	private final String eventStoreUrl;

	/**
	 * The ledger's signing key: the relay publishes only events whose link the ledger
	 * signed.
	 */
	private final PrivateKey signingKey;

	BulkEvents(String eventStoreUrl, PrivateKey signingKey) {
		this.eventStoreUrl = eventStoreUrl;
		this.signingKey = signingKey;
	}

	/** The stored rows of a partnership, in sequence order. */
	Template template(String partnershipId) throws SQLException {
		List<Row> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.eventStoreUrl);
				PreparedStatement select = connection.prepareStatement("""
						SELECT sequencenumber, type, payloadtype, payloadrevision, payload, metadata
						FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber""")) {
			select.setString(1, partnershipId);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
							new String(result.getBytes(5), StandardCharsets.UTF_8),
							new String(result.getBytes(6), StandardCharsets.UTF_8)));
				}
			}
		}
		return new Template(partnershipId, rows);
	}

	/** Appends {@code copies} copies of the template; returns their partnership ids. */
	List<String> append(Template template, int copies) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(this.eventStoreUrl);
				PreparedStatement events = connection.prepareStatement(INSERT_EVENT);
				PreparedStatement links = connection.prepareStatement(INSERT_LINK)) {
			connection.setAutoCommit(false);
			for (int copy = 0; copy < copies; copy++) {
				String id = UUID.randomUUID().toString();
				ids.add(id);
				addCopy(template, id, events, links, this.signingKey);
				if ((copy + 1) % PER_TRANSACTION == 0 || copy == copies - 1) {
					events.executeBatch();
					links.executeBatch();
					connection.commit();
				}
			}
		}
		return ids;
	}

	/**
	 * Appends one partnership of {@code size} events: the template's events, then its
	 * events from {@code repeatFrom} on again and again, renumbered, each with fresh ids
	 * of its own (a notice's or a finding's id), until it has {@code size}.
	 * @return its partnership id
	 */
	String appendGrown(Template template, int repeatFrom, int size) throws SQLException {
		if (repeatFrom >= template.size()) {
			throw new IllegalArgumentException("Nothing to repeat from event " + repeatFrom);
		}
		String id = UUID.randomUUID().toString();
		try (Connection connection = DriverManager.getConnection(this.eventStoreUrl);
				PreparedStatement events = connection.prepareStatement(INSERT_EVENT);
				PreparedStatement links = connection.prepareStatement(INSERT_LINK)) {
			connection.setAutoCommit(false);
			String previous = ChainHash.GENESIS;
			int cycle = template.size() - repeatFrom;
			for (int sequence = 0; sequence < size; sequence++) {
				boolean repeated = sequence >= template.size();
				Row row = repeated ? template.rows().get(repeatFrom + (sequence - template.size()) % cycle)
						: template.rows().get(sequence);
				String payload = row.payload().replace(template.partnershipId(), id);
				previous = add(row, id, sequence, repeated ? withFreshIds(payload) : payload,
						row.metadata().replace(template.partnershipId(), id), previous, events, links, this.signingKey);
				if ((sequence + 1) % 2000 == 0 || sequence == size - 1) {
					events.executeBatch();
					links.executeBatch();
					connection.commit();
				}
			}
		}
		return id;
	}

	/**
	 * The payload with every id of its own (not the partnership's, not a party's) new.
	 */
	private static String withFreshIds(String payload) {
		try {
			ObjectNode json = (ObjectNode) LedgerJson.mapper().readTree(payload);
			List<String> names = new ArrayList<>();
			json.fieldNames().forEachRemaining(names::add);
			for (String name : names) {
				if (name.endsWith("Id") && !name.equals("partnershipId") && !name.equals("partyId")
						&& json.get(name).isTextual()) {
					json.put(name, UUID.randomUUID().toString());
				}
			}
			return LedgerJson.mapper().writeValueAsString(json);
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("A template payload is not JSON", ex);
		}
	}

	private static void addCopy(Template template, String id, PreparedStatement events, PreparedStatement links,
			PrivateKey key) throws SQLException {
		String previous = ChainHash.GENESIS;
		for (Row row : template.rows()) {
			previous = add(row, id, row.sequenceNumber(), row.payload().replace(template.partnershipId(), id),
					row.metadata().replace(template.partnershipId(), id), previous, events, links, key);
		}
	}

	/** Adds one event and its chain link to the batches; returns its hash. */
	private static String add(Row row, String id, long sequence, String payloadJson, String metadataJson,
			String previous, PreparedStatement events, PreparedStatement links, PrivateKey key) throws SQLException {
		String eventId = UUID.randomUUID().toString();
		byte[] payload = payloadJson.getBytes(StandardCharsets.UTF_8);
		byte[] metadata = metadataJson.getBytes(StandardCharsets.UTF_8);
		String timestamp = Instant.now().toString();
		StoredEventRow stored = new StoredEventRow(0, id, sequence, eventId, row.payloadType(), row.payloadRevision(),
				payload, metadata, timestamp);
		String hash = ChainHash.of(stored.toEnvelope(), previous);
		events.setString(1, id);
		events.setLong(2, sequence);
		events.setString(3, row.aggregateType());
		events.setString(4, eventId);
		events.setBytes(5, metadata);
		events.setBytes(6, payload);
		events.setString(7, row.payloadRevision());
		events.setString(8, row.payloadType());
		events.setString(9, timestamp);
		events.addBatch();
		links.setString(1, id);
		links.setLong(2, sequence);
		links.setString(3, eventId);
		links.setString(4, hash);
		links.setString(5, previous);
		links.setString(6, LinkSignatures.SCHEME);
		links.setString(7, LinkSignatures.sign(new ChainLink(id, sequence, eventId, hash, previous, null), key));
		links.addBatch();
		return hash;
	}

	/** A partnership's stored events, to copy. */
	record Template(String partnershipId, List<Row> rows) {

		int size() {
			return this.rows.size();
		}

	}

	/** One stored event of the template. */
	record Row(long sequenceNumber, String aggregateType, String payloadType, String payloadRevision, String payload,
			String metadata) {

	}

}
