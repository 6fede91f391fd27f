package org.partnershipledger.command.audit;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.ChainLink;
import org.partnershipledger.audit.EventStoreReader;
import org.partnershipledger.audit.LinkSignatures;
import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Writes and reads the hash chain ({@code event_chain}) and the ledger's signature on
 * each link ({@code chain_link_signature}). A link is made from the stored row, read back
 * as the envelope the relay will publish, so the hash covers exactly what was stored.
 * Must run in the transaction that stored the events.
 */
@Component
public class EventChain {

	private final JdbcClient jdbc;

	private final SigningKeys keys;

	EventChain(JdbcClient jdbc, SigningKeys keys) {
		this.jdbc = jdbc;
		this.keys = keys;
	}

	/**
	 * Links and signs every event of the partnership not yet in the chain from
	 * {@code from} on, in sequence order. A link that already exists at the same sequence
	 * makes the insert fail, and with it the append; so do events before {@code from}
	 * that are not in the chain (stored past the ledger: the ledger never signs them).
	 */
	void extend(String partnershipId, long from) {
		long head = head(partnershipId);
		if (head + 1 < from) {
			throw new IllegalStateException("Partnership " + partnershipId + " has events from sequence " + (head + 1)
					+ " to " + (from - 1) + " that are not in the chain: they were stored past the ledger, "
					+ "which will not sign them");
		}
		long start = Math.min(from, head + 1);
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
			sign(new ChainLink(partnershipId, sequence, row.eventIdentifier(), hash, previous));
			previousSequence = sequence;
			previousHash = hash;
		}
	}

	/**
	 * Signs the links made before links were signed: once, on the first start of a store
	 * that has links but no signature yet (the upgrade). Afterwards a link without a
	 * signature was made past the ledger, and stays unsigned for verification to name.
	 * @return how many links were signed
	 */
	int signEarlierLinks() {
		boolean upgrade = this.jdbc.sql("""
				SELECT EXISTS (SELECT 1 FROM event_chain) AND NOT EXISTS (SELECT 1 FROM chain_link_signature)""")
			.query(Boolean.class)
			.single();
		if (!upgrade) {
			return 0;
		}
		List<ChainLink> links = this.jdbc.sql(ChainLink.SELECT + " ORDER BY c.partnership_id, c.sequence_number")
			.query((row, number) -> EventStoreReader.link(row))
			.list();
		links.forEach(this::sign);
		return links.size();
	}

	private void sign(ChainLink link) {
		this.jdbc.sql("""
				INSERT INTO chain_link_signature (event_id, scheme, signature) VALUES (:eventId, :scheme, :signature)
				ON CONFLICT (event_id) DO NOTHING""")
			.param("eventId", link.eventId())
			.param("scheme", LinkSignatures.SCHEME)
			.param("signature", LinkSignatures.sign(link, this.keys.pair().getPrivate()))
			.update();
	}

	/** Whether the store has no chain at all yet (a store from before the chain). */
	boolean isEmpty() {
		return !this.jdbc.sql("SELECT EXISTS (SELECT 1 FROM event_chain)").query(Boolean.class).single();
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
