package org.partnershipledger.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an event store's events and hash chain over plain JDBC, for verification by the
 * command side or by a standalone verifier that has no Axon.
 */
public final class EventStoreReader {

	private static final String EVENTS = "SELECT " + StoredEventRow.COLUMNS
			+ " FROM domainevententry ORDER BY aggregateidentifier, sequencenumber";

	private static final String CHAIN = ChainLink.SELECT + " ORDER BY c.partnership_id, c.sequence_number";

	/**
	 * Every event and every chain link in one result, ordered by partnership so that each
	 * partnership's rows come together (in the database's own order of text, which both
	 * tables share), then by sequence: PostgreSQL merges the events as their unique index
	 * gives them with the links, never sorting the events' payloads. {@code row_kind}
	 * says which a row is; the other kind's columns are null.
	 */
	private static final String HISTORY = "SELECT 'event' AS row_kind, aggregateidentifier AS history_partnership, "
			+ "sequencenumber AS history_sequence, " + StoredEventRow.COLUMNS
			+ ", NULL AS partnership_id, NULL AS sequence_number, NULL AS event_id, NULL AS chain_hash, "
			+ "NULL AS previous_hash, NULL AS signature FROM domainevententry UNION ALL "
			+ "SELECT 'link', c.partnership_id, c.sequence_number, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, "
			+ "c.partnership_id, c.sequence_number, c.event_id, c.chain_hash, c.previous_hash, s.signature "
			+ "FROM event_chain c LEFT JOIN chain_link_signature s ON s.event_id = c.event_id "
			+ "ORDER BY history_partnership, history_sequence";

	/** How many rows a verification reads at a time. */
	private static final int FETCH_SIZE = 500;

	private EventStoreReader() {
	}

	/** Every stored event, each read as an envelope or marked unreadable. */
	public static List<StoredEvent> events(Connection connection) throws SQLException {
		List<StoredEvent> events = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(EVENTS);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				events.add(StoredEvent.of(StoredEventRow.from(rows)));
			}
		}
		return events;
	}

	/** Every link of the hash chain. */
	public static List<ChainLink> chain(Connection connection) throws SQLException {
		List<ChainLink> links = new ArrayList<>();
		try (PreparedStatement statement = connection.prepareStatement(CHAIN);
				ResultSet rows = statement.executeQuery()) {
			while (rows.next()) {
				links.add(link(rows));
			}
		}
		return links;
	}

	/** A link from a row selected with {@link ChainLink#SELECT}. */
	public static ChainLink link(ResultSet row) throws SQLException {
		return new ChainLink(row.getString("partnership_id"), row.getLong("sequence_number"), row.getString("event_id"),
				row.getString("chain_hash"), row.getString("previous_hash"), row.getString("signature"));
	}

	/**
	 * Verifies the whole store against its chain and, optionally, a checkpoint, reading
	 * events and chain in one query, so that both are of the same moment, with a cursor:
	 * a few hundred rows at a time, each partnership verified as its rows end, so that
	 * only one partnership's events are ever held. Give it a connection of its own: it
	 * turns auto-commit off and rolls back.
	 */
	public static VerificationReport verify(Connection connection, Checkpoint checkpoint, String expectedPublicKey)
			throws SQLException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try (PreparedStatement statement = connection.prepareStatement(HISTORY)) {
			statement.setFetchSize(FETCH_SIZE);
			Verification verification = Verification.ofStore(checkpoint, expectedPublicKey);
			String partnershipId = null;
			List<StoredEvent> events = new ArrayList<>();
			List<ChainLink> links = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery()) {
				while (rows.next()) {
					String rowPartnership = rows.getString("history_partnership");
					if (!rowPartnership.equals(partnershipId)) {
						handOver(verification, partnershipId, events, links);
						partnershipId = rowPartnership;
					}
					if ("event".equals(rows.getString("row_kind"))) {
						events.add(StoredEvent.of(StoredEventRow.from(rows)));
					}
					else {
						links.add(link(rows));
					}
				}
			}
			handOver(verification, partnershipId, events, links);
			return verification.report();
		}
		finally {
			connection.rollback();
		}
	}

	private static void handOver(Verification verification, String partnershipId, List<StoredEvent> events,
			List<ChainLink> links) {
		if (partnershipId != null) {
			verification.partnership(partnershipId, List.copyOf(events), List.copyOf(links));
		}
		events.clear();
		links.clear();
	}

}
