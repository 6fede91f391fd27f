package org.partnershipledger.command.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.partnershipledger.audit.ChainHead;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Takes signed checkpoints of every chain head, at start, on demand and on a schedule,
 * and keeps them in {@code chain_checkpoint} for auditors to download (and, when
 * configured, in a directory outside the ledger).
 */
@Component
public class Checkpoints {

	private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

	private final JdbcClient jdbc;

	private final SigningKeys keys;

	private final Clock clock;

	private final KeptCheckpoints kept;

	private volatile Checkpoint atStart;

	Checkpoints(JdbcClient jdbc, SigningKeys keys, Clock clock, KeptCheckpoints kept) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
		this.kept = kept;
	}

	/**
	 * Signs and keeps a checkpoint of the chain heads now, once every head the last
	 * checkpoint signed is still in the chain with the same hash: each checkpoint vouches
	 * for the one before, so a rewritten history is never signed.
	 * @throws HistoryRewrittenException if a head the last checkpoint signed has gone or
	 * changed
	 */
	@Transactional
	public Checkpoint create() {
		latest().ifPresent(this::refuseIfRewritten);
		Checkpoint checkpoint = Checkpoint.sign(this.clock.instant(), heads(), this.keys.pair());
		this.jdbc
			.sql("INSERT INTO chain_checkpoint (created_at, document) VALUES (:createdAt, CAST(:document AS jsonb))")
			.param("createdAt", OffsetDateTime.ofInstant(checkpoint.createdAt(), ZoneOffset.UTC))
			.param("document", LedgerJson.write(checkpoint))
			.update();
		this.kept.keepAfterCommit(checkpoint);
		return checkpoint;
	}

	/**
	 * A checkpoint as soon as the app has started, when a chain has grown since the last
	 * one: no history waits an interval before it is first vouched for.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onStart() {
		this.atStart = takeIfGrown();
	}

	/** The checkpoint taken at start, if one was. */
	public Optional<Checkpoint> takenAtStart() {
		return Optional.ofNullable(this.atStart);
	}

	/** The last checkpoint taken, if any. */
	public Optional<Checkpoint> latest() {
		return this.jdbc.sql("SELECT document::text FROM chain_checkpoint ORDER BY id DESC LIMIT 1")
			.query(String.class)
			.optional()
			.map((document) -> LedgerJson.read(document, Checkpoint.class));
	}

	/** A checkpoint every interval, when some chain has grown since the last one. */
	@Scheduled(fixedDelayString = "${ledger.checkpoint.interval:PT1H}",
			initialDelayString = "${ledger.checkpoint.interval:PT1H}")
	void onSchedule() {
		takeIfGrown();
	}

	private Checkpoint takeIfGrown() {
		List<ChainHead> now = heads();
		if (!now.isEmpty() && !latest().map((last) -> Set.copyOf(last.heads()).equals(Set.copyOf(now))).orElse(false)) {
			try {
				return create();
			}
			catch (HistoryRewrittenException ex) {
				log.error("TAMPERING: {}", ex.getMessage());
			}
		}
		return null;
	}

	private void refuseIfRewritten(Checkpoint last) {
		List<String> rewritten = new ArrayList<>();
		for (ChainHead head : last.heads()) {
			Optional<String> now = this.jdbc
				.sql("SELECT chain_hash FROM event_chain WHERE partnership_id = :id AND sequence_number = :sequence")
				.param("id", head.partnershipId())
				.param("sequence", head.sequenceNumber())
				.query(String.class)
				.optional();
			if (!now.map(head.chainHash()::equals).orElse(false)) {
				rewritten.add("partnership " + head.partnershipId() + " at sequence " + head.sequenceNumber()
						+ now.map((hash) -> " now hashes to " + hash).orElse(" is gone"));
			}
		}
		if (!rewritten.isEmpty()) {
			throw new HistoryRewrittenException(rewritten);
		}
	}

	private List<ChainHead> heads() {
		return this.jdbc.sql("""
				SELECT DISTINCT ON (partnership_id) partnership_id, sequence_number, event_id, chain_hash
				FROM event_chain ORDER BY partnership_id, sequence_number DESC""")
			.query((row, number) -> new ChainHead(row.getString("partnership_id"), row.getLong("sequence_number"),
					row.getString("event_id"), row.getString("chain_hash")))
			.list();
	}

}
