package org.partnershipledger.command.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.api.identity.IdentityTokens;
import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.audit.Discrepancy;
import org.partnershipledger.audit.VerificationReport;
import org.partnershipledger.command.Bodies;
import org.partnershipledger.command.CommandSideIntegrationTest;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the audit tests share: a partnership with four events, verification over the
 * internal API, and changes made straight in PostgreSQL as a superuser would, past the
 * triggers that refuse them to everyone else.
 */
abstract class AuditIntegrationTest extends CommandSideIntegrationTest {

	protected static final Identity AUDITOR = new Identity("audrey", "Audrey Auditor", UserRole.AUDITOR, COUNCIL);

	protected static final Identity ADMIN = new Identity("ada", "Ada Admin", UserRole.ADMIN, null);

	/**
	 * Registers a partnership, adds a party, assesses it and chooses its model (events 0
	 * to 3), and waits until the relay has published all four.
	 */
	protected String partnershipWithFourEvents() {
		String id = json(post("/internal/v1/partnerships", COMMISSIONER, Bodies.REGISTER)).get("partnershipId")
			.asText();
		post("/internal/v1/partnerships/" + id + "/parties", COMMISSIONER, Bodies.ADD_CHARITY);
		String assessmentId = json(post("/internal/v1/partnerships/" + id + "/assessments", COMMISSIONER,
				Bodies.assessment(4, 4, 4, 3, 5, 4, 5)))
			.get("assessmentId")
			.asText();
		post("/internal/v1/partnerships/" + id + "/model-choices", COMMISSIONER,
				Bodies.choice("FORMAL_RELATIONAL_CONTRACT", "OUTCOMES_BASED", assessmentId));
		assertThat(storedEventsOf(id)).isEqualTo(4);
		topic().awaitRecords(id, 4, Duration.ofSeconds(30));
		return id;
	}

	/** Verifies the store over the internal API, against a checkpoint when given. */
	protected VerificationReport verify(String checkpointJson) {
		ResponseEntity<String> response = post("/internal/v1/verification", AUDITOR, checkpointJson);
		assertThat(response.getStatusCode().value()).as(response.getBody()).isEqualTo(200);
		return LedgerJson.read(response.getBody(), VerificationReport.class);
	}

	protected static List<Discrepancy> of(VerificationReport report, String partnershipId) {
		return report.discrepancies().stream().filter((d) -> d.partnershipId().equals(partnershipId)).toList();
	}

	protected ResponseEntity<String> get(String path, Identity identity) {
		HttpHeaders headers = new HttpHeaders();
		if (identity != null) {
			headers.set(IdentityTokens.HEADER, token(identity, HttpMethod.GET, path, null));
		}
		return this.http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
	}

	/**
	 * Runs statements on a connection of its own with triggers off, as a superuser can.
	 */
	protected static void asSuperuser(SqlWork work) throws SQLException {
		try (Connection connection = DriverManager.getConnection(TestPostgres.jdbcUrl("command_side"),
				TestPostgres.username(), TestPostgres.password())) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("SET session_replication_role = replica");
			}
			work.run(connection);
		}
	}

	protected static void update(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			statement.executeUpdate();
		}
	}

	@FunctionalInterface
	protected interface SqlWork {

		void run(Connection connection) throws SQLException;

	}

}
