package org.partnershipledger.command.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.partnershipledger.events.audit.ChainHead;
import org.partnershipledger.events.audit.Checkpoint;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Takes signed checkpoints of every chain head, on demand and on a schedule, and keeps
 * them in {@code chain_checkpoint} for auditors to download.
 */
@Component
public class Checkpoints {

	private final JdbcClient jdbc;

	private final SigningKeys keys;

	private final Clock clock;

	Checkpoints(JdbcClient jdbc, SigningKeys keys, Clock clock) {
		this.jdbc = jdbc;
		this.keys = keys;
		this.clock = clock;
	}

	/** Signs and keeps a checkpoint of the chain heads now. */
	@Transactional
	public Checkpoint create() {
		Checkpoint checkpoint = Checkpoint.sign(this.clock.instant(), heads(), this.keys.pair());
		this.jdbc
			.sql("INSERT INTO chain_checkpoint (created_at, document) VALUES (:createdAt, CAST(:document AS jsonb))")
			.param("createdAt", OffsetDateTime.ofInstant(checkpoint.createdAt(), ZoneOffset.UTC))
			.param("document", LedgerJson.write(checkpoint))
			.update();
		return checkpoint;
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
		List<ChainHead> now = heads();
		if (!now.isEmpty() && !latest().map((last) -> Set.copyOf(last.heads()).equals(Set.copyOf(now))).orElse(false)) {
			create();
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
