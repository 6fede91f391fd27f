package org.partnershipledger.command.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Writes and reads the hash chain ({@code event_chain}). A link is made from the stored
 * row, read back as the envelope the relay will publish, so the hash covers exactly what
 * was stored. Must run in the transaction that stored the events.
 */
@Component
public class EventChain {

	private final JdbcClient jdbc;

	EventChain(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Links every event of the partnership not yet in the chain, from {@code from} or
	 * from the chain's head, whichever is earlier, in sequence order. A link that already
	 * exists at the same sequence makes the insert fail, and with it the append.
	 */
	void extend(String partnershipId, long from) {
		long start = Math.min(from, head(partnershipId) + 1);
		List<StoredEventRow> rows = this.jdbc.sql("""
				SELECT %s FROM domainevententry d
				WHERE d.aggregateidentifier = :partnershipId AND d.sequencenumber >= :start
				  AND NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_id = d.eventidentifier)
				ORDER BY d.sequencenumber""".formatted(StoredEventRow.COLUMNS))
			.param("partnershipId", partnershipId)
			.param("start", start)
			.query((row, number) -> StoredEventRow.from(row))
			.list();
		long previousSequence = Long.MIN_VALUE;
		String previousHash = null;
		for (StoredEventRow row : rows) {
			long sequence = row.sequenceNumber();
			String previous = (sequence == 0) ? ChainHash.GENESIS
					: (previousSequence == sequence - 1) ? previousHash : hashAt(partnershipId, sequence - 1)
						.orElseThrow(() -> new IllegalStateException("Cannot chain event " + row.eventIdentifier()
								+ ": partnership " + partnershipId + " has no chain link at " + (sequence - 1)));
			EventEnvelope envelope = row.toEnvelope();
			String hash = ChainHash.of(envelope, previous);
			this.jdbc.sql("""
					INSERT INTO event_chain (partnership_id, sequence_number, event_id, chain_hash, previous_hash)
					VALUES (:partnershipId, :sequence, :eventId, :hash, :previous)""")
				.param("partnershipId", partnershipId)
				.param("sequence", sequence)
				.param("eventId", row.eventIdentifier())
				.param("hash", hash)
				.param("previous", previous)
				.update();
			previousSequence = sequence;
			previousHash = hash;
		}
	}

	/**
	 * Partnerships with stored events that are not in the chain (events from before it).
	 */
	List<String> unchainedPartnerships() {
		return this.jdbc.sql("""
				SELECT DISTINCT d.aggregateidentifier FROM domainevententry d
				WHERE NOT EXISTS (SELECT 1 FROM event_chain c WHERE c.event_id = d.eventidentifier)""")
			.query(String.class)
			.list();
	}

	/** The chain hash of an event, once it is linked. */
	public Optional<String> hashOf(String eventId) {
		return this.jdbc.sql("SELECT chain_hash FROM event_chain WHERE event_id = :eventId")
			.param("eventId", eventId)
			.query(String.class)
			.optional();
	}

	private Optional<String> hashAt(String partnershipId, long sequence) {
		return this.jdbc.sql(
				"SELECT chain_hash FROM event_chain WHERE partnership_id = :partnershipId AND sequence_number = :sequence")
			.param("partnershipId", partnershipId)
			.param("sequence", sequence)
			.query(String.class)
			.optional();
	}

	private long head(String partnershipId) {
		return this.jdbc
			.sql("SELECT coalesce(max(sequence_number), -1) FROM event_chain WHERE partnership_id = :partnershipId")
			.param("partnershipId", partnershipId)
			.query(Long.class)
			.single();
	}

}
