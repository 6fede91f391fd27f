package org.partnershipledger.command.audit;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.partnershipledger.testsupport.TestPostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The command side's runtime account, as the migrations leave it when they run as the
 * tables' owner: it reads and appends the history and keeps its working tables, and
 * nothing it can do rewrites the history or switches off what guards it.
 */
class RuntimeAccountTest {

	private static final String RUNTIME = "ledger_command_runtime";

	private static final String PASSWORD = "runtime-test-password";

	private static String url;

	@BeforeAll
	static void migrateAsTheOwner() throws SQLException {
		// without the user the test server's URL names, so that each connection is the
		// account it asks for
		url = TestPostgres.jdbcUrl("least_privilege").replaceFirst("\\?.*$", "");
		try (Connection owner = DriverManager.getConnection(url, TestPostgres.username(), TestPostgres.password());
				Statement statement = owner.createStatement()) {
			statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + RUNTIME
					+ "') THEN CREATE ROLE " + RUNTIME + " LOGIN PASSWORD '" + PASSWORD + "'; END IF; END $$");
		}
		Flyway.configure()
			.dataSource(url, TestPostgres.username(), TestPostgres.password())
			.locations("classpath:db/migration")
			.placeholders(Map.of("runtime_account", RUNTIME))
			.load()
			.migrate();
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE domainevententry SET type = 'Forged'", "DELETE FROM domainevententry",
			"TRUNCATE domainevententry", "UPDATE event_chain SET chain_hash = previous_hash", "DELETE FROM event_chain",
			"TRUNCATE event_chain", "DELETE FROM chain_checkpoint", "TRUNCATE chain_checkpoint",
			"DELETE FROM chain_link_signature", "TRUNCATE chain_link_signature",
			"ALTER TABLE chain_link_signature DISABLE TRIGGER ALL",
			"ALTER TABLE domainevententry DISABLE TRIGGER domainevententry_append_only",
			"ALTER TABLE event_chain DISABLE TRIGGER ALL",
			"DROP TRIGGER chain_checkpoint_append_only ON chain_checkpoint",
			"ALTER TABLE domainevententry ADD COLUMN forged text", "DROP TABLE event_chain",
			"CREATE OR REPLACE FUNCTION refuse_rewriting_history() RETURNS trigger LANGUAGE plpgsql AS "
					+ "$f$ BEGIN RETURN NEW; END $f$",
			"DELETE FROM flyway_schema_history" })
	void theRuntimeAccountCannotRewriteTheHistoryNorSwitchOffItsGuards(String statement) {
		assertThatThrownBy(() -> runAsTheRuntimeAccount(statement)).isInstanceOf(SQLException.class)
			.satisfies((refused) -> assertThat(((SQLException) refused).getSQLState())
				.as("insufficient privilege or not the owner")
				.isEqualTo("42501"));
	}

	@ParameterizedTest
	@ValueSource(strings = {
			"INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, payload,"
					+ " payloadtype, timestamp) VALUES ('p-1', 0, 'Partnership', gen_random_uuid()::text, 'x',"
					+ " 'PartnershipRegistered', '2026-01-01T00:00:00Z')",
			"SELECT count(*) FROM domainevententry", "SELECT count(*) FROM event_chain",
			"INSERT INTO tokenentry (processorname, segment) VALUES ('probe-' || gen_random_uuid(), 0)",
			"UPDATE tokenentry SET owner = 'probe' WHERE processorname LIKE 'probe-%'",
			"DELETE FROM snapshotevententry WHERE aggregateidentifier = 'none'" })
	void theRuntimeAccountReadsAndAppendsTheHistoryAndKeepsItsWorkingTables(String statement) {
		assertThatCode(() -> runAsTheRuntimeAccount(statement)).doesNotThrowAnyException();
	}

	private static void runAsTheRuntimeAccount(String sql) throws SQLException {
		try (Connection runtime = DriverManager.getConnection(url, RUNTIME, PASSWORD);
				Statement statement = runtime.createStatement()) {
			statement.execute(sql);
		}
	}

}
