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
	 * events and chain in one repeatable-read transaction so that both are of the same
	 * moment. Give it a connection of its own: it turns auto-commit off and rolls back.
	 */
	public static VerificationReport verify(Connection connection, Checkpoint checkpoint, String expectedPublicKey)
			throws SQLException {
		connection.setAutoCommit(false);
		connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
		try {
			return ChainVerifier.verifyStore(events(connection), chain(connection), checkpoint, expectedPublicKey);
		}
		finally {
			connection.rollback();
		}
	}

}
