package org.partnershipledger.query.audit;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.StoredEvent;
import org.partnershipledger.audit.VerificationReport;

/**
 * Verifies the query side's own copy of the history: every envelope in {@code event_log}
 * recomputed against the chain hash it arrived with and, when given, the chain heads of a
 * checkpoint. The envelopes are read with decimals kept exact, so each hashes as it was
 * made.
 */
@Component
class ReadModelVerification {

	private final JdbcClient jdbc;

	ReadModelVerification(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param ledgerKey the key the checkpoint must be signed with; {@code null} when the
	 * command side could not say, to accept the key the checkpoint names
	 */
	@Transactional(readOnly = true)
	VerificationReport verify(Checkpoint checkpoint, String ledgerKey) {
		List<StoredEvent> events = this.jdbc
			.sql("select envelope::text from event_log order by partnership_id, sequence_number")
			.query((rs, row) -> ExportedHistory.event(CanonicalJson.read(rs.getBytes(1))))
			.list();
		return ChainVerifier.verifyCopy(events, checkpoint, ledgerKey);
	}

}
