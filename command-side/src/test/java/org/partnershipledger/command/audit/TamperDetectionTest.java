package org.partnershipledger.command.audit;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.audit.ChainHash;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.DiscrepancyKind;
import org.partnershipledger.audit.StoredEventRow;
import org.partnershipledger.audit.Checkpoint;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Changes made straight in PostgreSQL, past the application and its triggers, are named
 * by partnership and sequence number.
 */
class TamperDetectionTest extends AuditIntegrationTest {

	/**
	 * Forgets the checkpoints a test took: over a history it then rewrote, the ledger
	 * would rightly sign no further checkpoint for the tests that follow.
	 */
	@AfterEach
	void forgetCheckpoints() throws SQLException {
		asSuperuser((connection) -> update(connection, "DELETE FROM chain_checkpoint"));
	}

	@Test
	void oneChangedByteOfOneStoredPayloadIsNamedAsAltered() throws SQLException {
		String id = partnershipWithFourEvents();
		String untouched = partnershipWithFourEvents();

		asSuperuser((connection) -> {
			byte[] payload = payload(connection, id, 1);
			int at = new String(payload, StandardCharsets.UTF_8).indexOf("Homes Together");
			update(connection, "UPDATE domainevententry SET payload = set_byte(payload, ?, ?) "
					+ "WHERE aggregateidentifier = ? AND sequencenumber = 1", at, (int) 'J', id);
		});
		VerificationReport report = verify(null);

		assertThat(of(report, id)).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.ALTERED));
		assertThat(of(report, id).get(0).detail()).contains("PartyJoined", "content was changed");
		assertThat(of(report, untouched)).isEmpty();
		assertThat(report.clean()).isFalse();
	}

	@Test
	void aDeletedEventIsNamedAsMissing() throws SQLException {
		String id = partnershipWithFourEvents();

		asSuperuser((connection) -> update(connection,
				"DELETE FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = 2", id));

		assertThat(of(verify(null), id)).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(2L, DiscrepancyKind.MISSING));
	}

	@Test
	void twoSwappedEventsAreBothNamedAsReordered() throws SQLException {
		String id = partnershipWithFourEvents();

		asSuperuser((connection) -> {
			String move = "UPDATE domainevententry SET sequencenumber = ? WHERE aggregateidentifier = ? AND sequencenumber = ?";
			update(connection, move, -1L, id, 1L);
			update(connection, move, 1L, id, 2L);
			update(connection, move, 2L, id, -1L);
		});

		List<Discrepancy> found = of(verify(null), id);
		assertThat(found).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.REORDERED), tuple(2L, DiscrepancyKind.REORDERED));
		assertThat(found.get(0).detail()).contains("recorded it at sequence 2");
	}

	@Test
	void aHistoryRewrittenWithItsChainAfterACheckpointIsNamedAsHeadMismatch() throws SQLException {
		String id = partnershipWithFourEvents();
		String checkpoint = post("/internal/v1/checkpoints", AUDITOR, null).getBody();

		asSuperuser((connection) -> {
			byte[] payload = payload(connection, id, 1);
			int at = new String(payload, StandardCharsets.UTF_8).indexOf("Homes Together");
			update(connection, "UPDATE domainevententry SET payload = set_byte(payload, ?, ?) "
					+ "WHERE aggregateidentifier = ? AND sequencenumber = 1", at, (int) 'J', id);
			rehash(connection, id);
		});

		VerificationReport report = verify(checkpoint);
		assertThat(report.signatureValid()).isTrue();
		assertThat(of(report, id)).filteredOn((found) -> found.kind() == DiscrepancyKind.HEAD_MISMATCH)
			.extracting(Discrepancy::sequenceNumber)
			.containsExactly(3L);
	}

	@Test
	void aHistoryRewrittenAndRehashedIsNamedByTheLedgersLinkSignaturesWithoutAnyCheckpoint() throws SQLException {
		String id = partnershipWithFourEvents();

		asSuperuser((connection) -> {
			update(connection, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
					+ " 'Homes Together', 'Homes Apart'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 1",
					id);
			rehash(connection, id);
		});
		VerificationReport report = verify(null);

		assertThat(report.ledgerSignatures()).contains("Every chain link was checked");
		assertThat(of(report, id)).extracting(Discrepancy::sequenceNumber, Discrepancy::kind)
			.containsExactly(tuple(1L, DiscrepancyKind.UNSIGNED), tuple(2L, DiscrepancyKind.UNSIGNED),
					tuple(3L, DiscrepancyKind.UNSIGNED));
		assertThat(of(report, id).get(0).detail()).contains("not made by the ledger");
	}

	@Test
	void noNewCheckpointIsSignedOverAHistoryRewrittenSinceTheLastOne() throws SQLException {
		String id = partnershipWithFourEvents();
		post("/internal/v1/checkpoints", AUDITOR, null);
		asSuperuser((connection) -> {
			update(connection, "UPDATE domainevententry SET payload = convert_to(replace(convert_from(payload, 'UTF8'),"
					+ " 'Homes Together', 'Homes Apart'), 'UTF8') WHERE aggregateidentifier = ? AND sequencenumber = 1",
					id);
			rehash(connection, id);
		});
		String latestBefore = get("/internal/v1/checkpoints/latest", AUDITOR).getBody();

		ResponseEntity<String> refused = post("/internal/v1/checkpoints", AUDITOR, null);

		assertThat(refused.getStatusCode().value()).isEqualTo(409);
		assertThat(json(refused).get("detail").asText()).contains("partnership " + id + " at sequence 3 now hashes to");
		assertThat(get("/internal/v1/checkpoints/latest", AUDITOR).getBody()).isEqualTo(latestBefore);
	}

	@Test
	void aChangedCheckpointFileHasAnInvalidSignature() {
		partnershipWithFourEvents();
		String checkpoint = post("/internal/v1/checkpoints", AUDITOR, null).getBody();
		ObjectNode changed = (ObjectNode) LedgerJson.read(checkpoint, com.fasterxml.jackson.databind.JsonNode.class);
		changed.put("createdAt", "2020-01-01T00:00:00Z");

		VerificationReport honest = verify(checkpoint);
		VerificationReport tampered = verify(LedgerJson.write(changed));

		assertThat(honest.signatureValid()).isTrue();
		assertThat(tampered.signatureValid()).isFalse();
		assertThat(tampered.signatureProblem()).contains("signature does not match");
		assertThat(tampered.clean()).isFalse();
	}

	@Test
	void onlyAuditorsMayUseTheAuditEndpoints() {
		ResponseEntity<String> created = post("/internal/v1/checkpoints", AUDITOR, null);

		assertThat(created.getStatusCode().value()).isEqualTo(201);
		assertThat(get("/internal/v1/checkpoints/latest", AUDITOR).getBody()).isEqualTo(created.getBody());
		assertThat(json(get("/internal/v1/checkpoints/public-key", AUDITOR)).get("publicKey").asText())
			.isEqualTo(json(created).get("publicKey").asText());
		assertThat(post("/internal/v1/verification", PROVIDER, null).getStatusCode().value()).isEqualTo(403);
		assertThat(post("/internal/v1/checkpoints", PROVIDER, null).getStatusCode().value()).isEqualTo(403);
		assertThat(post("/internal/v1/checkpoints", COMMISSIONER, null).getStatusCode().value()).isEqualTo(403);
		assertThat(post("/internal/v1/verification", ADMIN, null).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/internal/v1/checkpoints/latest", COMMISSIONER).getStatusCode().value()).isEqualTo(403);
		assertThat(get("/internal/v1/checkpoints/latest", null).getStatusCode().value()).isEqualTo(401);
	}

	@Test
	void anAdministratorMayHaveACheckpointTakenAndIsToldOnlyItsDateAndDigest() {
		ResponseEntity<String> taken = post("/internal/v1/checkpoints", ADMIN, null);

		assertThat(taken.getStatusCode().value()).isEqualTo(201);
		Checkpoint latest = LedgerJson.read(get("/internal/v1/checkpoints/latest", AUDITOR).getBody(),
				Checkpoint.class);
		assertThat(json(taken).get("createdAt").asText()).isEqualTo(latest.createdAt().toString());
		assertThat(json(taken).get("digest").asText()).isEqualTo(latest.digest());
		assertThat(json(taken).has("heads")).isFalse();
		assertThat(get("/internal/v1/checkpoints/latest", ADMIN).getStatusCode().value()).isEqualTo(403);
	}

	private static byte[] payload(Connection connection, String id, long sequence) throws SQLException {
		try (PreparedStatement select = connection.prepareStatement(
				"SELECT payload FROM domainevententry WHERE aggregateidentifier = ? AND sequencenumber = ?")) {
			select.setString(1, id);
			select.setLong(2, sequence);
			try (ResultSet row = select.executeQuery()) {
				row.next();
				return row.getBytes(1);
			}
		}
	}

	/**
	 * Recomputes the partnership's whole chain from its stored events, as a forger would
	 * (the hash is public arithmetic; the ledger's signature on each link is not).
	 */
	private static void rehash(Connection connection, String id) throws SQLException {
		List<StoredEventRow> rows = new ArrayList<>();
		try (PreparedStatement select = connection.prepareStatement("SELECT " + StoredEventRow.COLUMNS
				+ " FROM domainevententry WHERE aggregateidentifier = ? ORDER BY sequencenumber")) {
			select.setString(1, id);
			try (ResultSet result = select.executeQuery()) {
				while (result.next()) {
					rows.add(StoredEventRow.from(result));
				}
			}
		}
		String previous = ChainHash.GENESIS;
		for (StoredEventRow row : rows) {
			String hash = ChainHash.of(row.toEnvelope(), previous);
			update(connection, "UPDATE event_chain SET chain_hash = ?, previous_hash = ? WHERE event_id = ?", hash,
					previous, row.eventIdentifier());
			previous = hash;
		}
	}

}
