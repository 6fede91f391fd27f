package org.partnershipledger.query.audit;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.VerificationReport;

/**
 * Verifies the query side's own copy of the history: every envelope in {@code event_log}
 * recomputed against the chain hash it arrived with and, when given, the chain heads of a
 * checkpoint. The envelopes are read with decimals kept exact, so each hashes as it was
 * made, and with a cursor, a few hundred rows at a time, each partnership verified as its
 * rows end: no more than one partnership's history is held, however long the copy.
 */
@Component
class ReadModelVerification {

	/** How many rows the verification fetches at a time. */
	private static final int FETCH_SIZE = 500;

	private final JdbcTemplate streaming;

	ReadModelVerification(DataSource dataSource) {
		this.streaming = new JdbcTemplate(dataSource);
		this.streaming.setFetchSize(FETCH_SIZE);
	}

	/**
	 * Reads in one repeatable-read transaction: PostgreSQL reads with a cursor only in a
	 * transaction, and a copy with rows filed under another partnership than their
	 * envelope names is read twice, which must give the same rows.
	 * @param ledgerKey the key the checkpoint must be signed with; {@code null} when the
	 * command side could not say, to accept the key the checkpoint names
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	VerificationReport verify(Checkpoint checkpoint, String ledgerKey) {
		return ChainVerifier.verifyCopy((each) -> this.streaming.query(
				"select partnership_id, envelope::text from event_log order by partnership_id, sequence_number",
				(RowCallbackHandler) (rs) -> each.accept(rs.getString(1),
						ExportedHistory.event(CanonicalJson.read(rs.getBytes(2))))),
				checkpoint, ledgerKey);
	}

}
