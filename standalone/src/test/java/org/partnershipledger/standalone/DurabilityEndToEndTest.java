package org.partnershipledger.standalone;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Durable by default: the running system's PostgreSQL flushes every commit to disk
 * ({@code fsync}, {@code synchronous_commit}, {@code full_page_writes} on) and its broker
 * flushes every record; only --fast-unsafe turns PostgreSQL's off.
 */
class DurabilityEndToEndTest {

	@TempDir
	Path folder;

	@Test
	void theRunningSystemsPostgresqlFlushesEveryCommit() throws SQLException {
		LedgerSystem system = RunningLedger.system();
		assertThat(system.isDurable()).isTrue();
		assertThat(settings(system.jdbcUrl(Database.EVENT_STORE))).containsExactly("fsync=on", "synchronous_commit=on",
				"full_page_writes=on");
	}

	@Test
	void theRunningSystemsBrokerFlushesEveryRecord() throws Exception {
		try (Admin admin = Admin.create(RunningLedger.system().kafkaAdmin().clientProperties())) {
			ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
			Config config = admin.describeConfigs(List.of(broker)).all().get(30, TimeUnit.SECONDS).get(broker);
			assertThat(config.get("log.flush.interval.messages").value()).isEqualTo("1");
		}
	}

	@Test
	void onlyFastUnsafeTurnsThemOff() throws Exception {
		try (Database database = Database.start(this.folder.resolve("postgres"), this.folder.resolve("logs"), false)) {
			assertThat(settings(database.jdbcUrl(Database.EVENT_STORE))).containsExactly("fsync=off",
					"synchronous_commit=off", "full_page_writes=off");
		}
		assertThat(KafkaBroker.durabilitySettings(false)).isEmpty();
	}

	private static List<String> settings(String jdbcUrl) throws SQLException {
		try (Connection connection = DriverManager.getConnection(jdbcUrl);
				Statement statement = connection.createStatement()) {
			List<String> shown = new java.util.ArrayList<>();
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
					rows.next();
					shown.add(setting + "=" + rows.getString(1));
				}
			}
			return shown;
		}
	}

}
