package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A rebuild the last stop interrupted (recorded as stopped without finishing) is started
 * again by the launcher when it starts, and finishes.
 */
class InterruptedRebuildEndToEndTest {

	@Test
	void aRebuildStoppedByTheLastShutdownIsStartedAgain() throws Exception {
		LedgerSystem system = RunningLedger.system();
		try (Connection views = DriverManager.getConnection(system.jdbcUrl(Database.VIEWS));
				Statement statement = views.createStatement()) {
			statement.execute("""
					insert into projection_rebuild (started_by, state, partnerships_total, events_total, finished_at,
					    failures)
					values ('e2e-admin', 'FAILED', 1, 1, now(),
					    'Stopped without finishing: the application shut down during the rebuild')
					""");
		}
		LedgerApi admin = new LedgerApi(system.webUrl(), RunningLedger.ADMIN, RunningLedger.PASSWORD);
		long interrupted = admin.get("/api/v1/admin/rebuild").expect(200).json().path("id").asLong();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new InterruptedRebuild(admin, new PrintStream(out, true, StandardCharsets.UTF_8)).resume();

		await().until(() -> "FINISHED".equals(admin.get("/api/v1/admin/rebuild").json().path("state").asText()));
		assertThat(admin.get("/api/v1/admin/rebuild").json().path("id").asLong()).isGreaterThan(interrupted);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("was interrupted by the last stop",
				"of the views started");
	}

	@Test
	void aFinishedRebuildIsLeftAlone() {
		LedgerSystem system = RunningLedger.system();
		LedgerApi admin = new LedgerApi(system.webUrl(), RunningLedger.ADMIN, RunningLedger.PASSWORD);
		admin.post("/api/v1/admin/rebuild", "{}").expect(202);
		await().until(() -> "FINISHED".equals(admin.get("/api/v1/admin/rebuild").json().path("state").asText()));
		long finished = admin.get("/api/v1/admin/rebuild").json().path("id").asLong();
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		new InterruptedRebuild(admin, new PrintStream(out, true, StandardCharsets.UTF_8)).resume();

		assertThat(admin.get("/api/v1/admin/rebuild").json().path("id").asLong()).isEqualTo(finished);
		assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
	}

}
