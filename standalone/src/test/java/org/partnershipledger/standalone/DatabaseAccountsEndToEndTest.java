package org.partnershipledger.standalone;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The standalone ledger's PostgreSQL accounts, as compose has them: nobody is trusted,
 * each app signs in with an account of its own that is not a superuser, the command
 * side's cannot rewrite the history nor switch off its guards, the web app's cannot reach
 * the event store; the passwords are kept in a private file. A data directory an earlier
 * version made with trust authentication is converted on its next start.
 */
class DatabaseAccountsEndToEndTest {

	private static final Path DATA = Path.of("target", "e2e-data");

	@TempDir
	Path folder;

	@Test
	void eachAppSignsInWithItsOwnAccountNoneASuperuser() throws Exception {
		LedgerSystem system = RunningLedger.system();
		List<String> sessions = query(system.jdbcUrl("postgres"), """
				SELECT DISTINCT usename || ' on ' || datname FROM pg_stat_activity
				WHERE backend_type = 'client backend' AND usename LIKE 'ledger%' ORDER BY 1
				""");
		assertThat(sessions).containsExactly("ledger_command on ledger_events", "ledger_web on ledger_views");
		assertThat(query(system.jdbcUrl("postgres"), """
				SELECT rolname || (CASE WHEN rolsuper OR rolcreaterole OR rolcreatedb THEN ' privileged' ELSE '' END)
				FROM pg_roles WHERE rolname LIKE 'ledger%' ORDER BY 1
				""")).containsExactly("ledger_command", "ledger_owner", "ledger_web");
		assertThat(query(system.jdbcUrl(Database.EVENT_STORE),
				"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
			.containsExactly("ledger_owner");
		assertThat(query(system.jdbcUrl(Database.VIEWS),
				"SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'"))
			.containsExactly("ledger_web");
	}

	@Test
	void nobodySignsInWithoutThePasswordKeptInAPrivateFile() throws Exception {
		LedgerSystem system = RunningLedger.system();
		Path file = DATA.resolve(DatabaseAccounts.NAME);
		assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
		assertThat(Files.readAllLines(DATA.resolve(LedgerSystem.POSTGRES_DIRECTORY).resolve("pg_hba.conf")))
			.filteredOn((line) -> !line.strip().startsWith("#"))
			.noneMatch((line) -> line.contains("trust"));
		for (String account : List.of("postgres", "ledger_owner", "ledger_command", "ledger_web")) {
			assertThatThrownBy(() -> connect(system, Database.VIEWS, account, "not-its-password").close())
				.as(account + " with a wrong password")
				.isInstanceOf(SQLException.class);
			assertThatThrownBy(
					() -> DriverManager.getConnection(appUrl(system, Database.VIEWS) + "?user=" + account).close())
				.as(account + " without a password")
				.isInstanceOf(SQLException.class);
		}
	}

	@Test
	void theWebAppsAccountCannotReachTheEventStore() throws Exception {
		LedgerSystem system = RunningLedger.system();
		assertThatThrownBy(() -> connect(system, Database.EVENT_STORE, DatabaseAccounts.WEB_APP).close())
			.isInstanceOf(SQLException.class)
			.hasMessageContaining("permission denied");
	}

	@ParameterizedTest
	@ValueSource(strings = { "UPDATE domainevententry SET type = 'Forged'", "DELETE FROM domainevententry",
			"TRUNCATE domainevententry", "UPDATE event_chain SET chain_hash = previous_hash",
			"DELETE FROM chain_checkpoint", "DELETE FROM chain_link_signature",
			"ALTER TABLE domainevententry DISABLE TRIGGER ALL", "DROP TABLE event_chain" })
	void theCommandSidesAccountCannotRewriteTheHistoryNorSwitchOffItsGuards(String statement) throws Exception {
		LedgerSystem system = RunningLedger.system();
		try (Connection connection = connect(system, Database.EVENT_STORE, DatabaseAccounts.COMMAND_SIDE);
				Statement sql = connection.createStatement()) {
			assertThatThrownBy(() -> sql.execute(statement)).isInstanceOf(SQLException.class)
				.satisfies((refused) -> assertThat(((SQLException) refused).getSQLState())
					.as("insufficient privilege or not the owner")
					.isEqualTo("42501"));
		}
	}

	@Test
	void aDataDirectoryMadeWithTrustIsConvertedOnItsNextStart() throws Exception {
		Path postgres = this.folder.resolve("postgres");
		Path logs = this.folder.resolve("logs");
		Files.createDirectories(logs);
		ChildProcess
			.start("initdb",
					Database.asUnprivileged(List.of(Database.binaries().resolve("initdb").toString(), "-A", "trust",
							"-U", "postgres", "-D", postgres.toString(), "-E", "UTF-8")),
					Map.of(), logs.resolve("initdb.log"), ChildProcess.Signal.TERM)
			.awaitSuccess(Duration.ofMinutes(2));
		assertThat(Files.readString(postgres.resolve("pg_hba.conf"))).contains("trust");

		try (Database database = Database.start(postgres, logs, false)) {
			String withoutPassword = database.appUrl(Database.EVENT_STORE) + "?user=postgres";
			assertThatThrownBy(() -> DriverManager.getConnection(withoutPassword).close())
				.isInstanceOf(SQLException.class);
			try (Connection connection = DriverManager.getConnection(database.jdbcUrl(Database.EVENT_STORE));
					Statement sql = connection.createStatement()) {
				sql.execute("CREATE TABLE made_by_an_earlier_version (id bigserial primary key)");
			}
		}
		try (Database again = Database.start(postgres, logs, false)) {
			assertThat(query(again.jdbcUrl(Database.EVENT_STORE), """
					SELECT tableowner FROM pg_tables WHERE tablename = 'made_by_an_earlier_version'
					UNION ALL SELECT sequenceowner FROM pg_sequences WHERE schemaname = 'public'
					""")).containsExactly("ledger_owner", "ledger_owner");
		}
	}

	private static Connection connect(LedgerSystem system, String databaseName, String account) throws Exception {
		return connect(system, databaseName, account, password(account));
	}

	private static Connection connect(LedgerSystem system, String databaseName, String account, String password)
			throws SQLException {
		Properties properties = new Properties();
		properties.setProperty("user", account);
		properties.setProperty("password", password);
		return DriverManager.getConnection(appUrl(system, databaseName), properties);
	}

	private static String password(String account) throws Exception {
		Properties passwords = new Properties();
		try (var in = Files.newInputStream(DATA.resolve(DatabaseAccounts.NAME))) {
			passwords.load(in);
		}
		return passwords.getProperty(account);
	}

	private static String appUrl(LedgerSystem system, String databaseName) {
		String url = system.jdbcUrl(databaseName);
		return url.substring(0, url.indexOf('?'));
	}

	private static List<String> query(String jdbcUrl, String sql) throws SQLException {
		List<String> rows = new ArrayList<>();
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				rows.add(result.getString(1));
			}
		}
		return rows;
	}

}
