package org.partnershipledger.command.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.partnershipledger.audit.ChainVerifier;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.DiscrepancyKind;
import org.partnershipledger.audit.EventStoreReader;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The store is verified with a cursor, one partnership at a time, and reports exactly
 * what verifying all its events and chain links at once reports: on a store with a
 * changed event, a deleted event, a partnership deleted whole since the checkpoint and
 * one begun after it.
 */
class StreamedStoreVerificationTest extends AuditIntegrationTest {

	/**
	 * A history rewritten since a checkpoint would stop the tests after from taking one.
	 */
	@AfterEach
	void forgetCheckpoints() throws SQLException {
		asSuperuser((connection) -> update(connection, "DELETE FROM chain_checkpoint"));
	}

	@Test
	void theStoreReadOnePartnershipAtATimeGivesTheReportOfTheWholeStore() throws SQLException {
		String changed = partnershipWithFourEvents();
		String shortened = partnershipWithFourEvents();
		String deleted = partnershipWithFourEvents();
		Checkpoint checkpoint = LedgerJson.read(post("/internal/v1/checkpoints", AUDITOR, null).getBody(),
				Checkpoint.class);
		asSuperuser((connection) -> {
			update(connection, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
					+ " 'Homes Together', 'Homes Apart'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 1",
					changed);
			update(connection, "DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2",
					shortened);
			update(connection, "DELETE FROM domainevententry WHERE aggregateidentifier = ?", deleted);
			update(connection, "DELETE FROM chain_link_signature WHERE event_id IN "
					+ "(SELECT event_id FROM event_chain WHERE partnership_id = ?)", deleted);
			update(connection, "DELETE FROM event_chain WHERE partnership_id = ?", deleted);
		});
		String begunAfter = partnershipWithFourEvents();

		for (Checkpoint against : new Checkpoint[] { null, checkpoint }) {
			for (String key : new String[] { null, checkpoint.publicKey() }) {
				VerificationReport streamed = streamed(against, key);

				assertThat(streamed).isEqualTo(whole(against, key));
				assertThat(of(streamed, changed)).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
					.containsExactly(tuple(1L, DiscrepancyKind.ALTERED));
				assertThat(of(streamed, shortened)).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
					.containsExactly(tuple(2L, DiscrepancyKind.MISSING));
				assertThat(of(streamed, deleted)).as("only the checkpoint knows it")
					.extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
					.containsExactlyElementsOf(
							(against != null) ? List.of(tuple(3L, DiscrepancyKind.MISSING)) : List.of());
				assertThat(of(streamed, begunAfter)).isEmpty();
			}
		}
		assertThat(verify(LedgerJson.write(checkpoint))).isEqualTo(streamed(checkpoint, checkpoint.publicKey()));
	}

	private static VerificationReport streamed(Checkpoint checkpoint, String key) throws SQLException {
		try (Connection connection = connection()) {
			return EventStoreReader.verify(connection, checkpoint, key);
		}
	}

	private static VerificationReport whole(Checkpoint checkpoint, String key) throws SQLException {
		try (Connection connection = connection()) {
			return ChainVerifier.verifyStore(EventStoreReader.events(connection), EventStoreReader.chain(connection),
					checkpoint, key);
		}
	}

	private static Connection connection() throws SQLException {
		return DriverManager.getConnection(TestPostgres.jdbcUrl("command_side"), TestPostgres.username(),
				TestPostgres.password());
	}

}
