package org.partnershipledger.command.relay;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.audit.UnreadableEventException;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Stored events as the relay publishes them: each row read back with its chain link, so
 * the envelope is exactly what the chain hash covers.
 */
@Component
class StoredEnvelopes {

	private static final String SELECT = "SELECT " + StoredEventRow.COLUMNS + ", c.chain_hash "
			+ "FROM domainevententry d LEFT JOIN event_chain c ON c.event_id = d.eventidentifier ";

	private final JdbcClient jdbc;

	StoredEnvelopes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The events, in store order. */
	List<EventEnvelope> withIds(Collection<String> eventIds) {
		return this.jdbc.sql(SELECT + "WHERE d.eventidentifier IN (:ids) ORDER BY d.globalindex")
			.param("ids", eventIds)
			.query((row, number) -> envelope(row))
			.list();
	}

	/** A partnership's events from {@code first} on, in order. */
	List<EventEnvelope> from(String partnershipId, long first) {
		return between(partnershipId, first, Long.MAX_VALUE);
	}

	/** A partnership's events from {@code first} to {@code last}, in order. */
	List<EventEnvelope> between(String partnershipId, long first, long last) {
		return this.jdbc
			.sql(SELECT + "WHERE d.aggregateidentifier = :partnershipId "
					+ "AND d.sequencenumber BETWEEN :first AND :last ORDER BY d.sequencenumber")
			.param("partnershipId", partnershipId)
			.param("first", first)
			.param("last", last)
			.query((row, number) -> envelope(row))
			.list();
	}

	private static EventEnvelope envelope(ResultSet row) throws SQLException {
		StoredEventRow stored = StoredEventRow.from(row);
		String chainHash = row.getString("chain_hash");
		if (chainHash == null) {
			throw new RelayFailedException("Event " + stored.eventIdentifier() + " is not in the hash chain yet", null);
		}
		try {
			return stored.toEnvelope().withChainHash(chainHash);
		}
		catch (UnreadableEventException ex) {
			throw new UnpublishableEventException(stored.aggregateIdentifier(), stored.sequenceNumber(),
					stored.eventIdentifier(), ex.getMessage(), ex);
		}
	}

}
