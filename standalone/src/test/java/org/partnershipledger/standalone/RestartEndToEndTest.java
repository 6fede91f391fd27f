package org.partnershipledger.standalone;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Stopping the whole system and starting it again on the same data keeps every
 * partnership; when the launcher says it is running, the views already take commands
 * again, even after the web app was killed before the stop.
 */
class RestartEndToEndTest {

	@Test
	void aRestartKeepsEveryPartnershipAndAcceptsNewCommands() throws InterruptedException {
		Path data = Path.of("target", "restart-data");
		String title = "Survives a restart " + UUID.randomUUID();
		String id;
		try (LedgerSystem first = RunningLedger.start(data)) {
			LedgerApi admin = new LedgerApi(first.webUrl(), RunningLedger.ADMIN, RunningLedger.PASSWORD);
			admin
				.post("/api/v1/admin/organisations",
						java.util.Map.of("name", "Restart Council", "identifier",
								java.util.Map.of("scheme", "GB-LAC", "id", "R1")))
				.expect(201);
			admin
				.post("/api/v1/admin/users",
						java.util.Map.of("username", "restarter", "displayName", "Rae Restarter", "role",
								"COMMISSIONER", "organisationIdentifier",
								java.util.Map.of("scheme", "GB-LAC", "id", "R1"), "password", RunningLedger.PASSWORD))
				.expect(201);
			LedgerApi commissioner = new LedgerApi(first.webUrl(), "restarter", RunningLedger.PASSWORD);
			id = commissioner.post("/api/v1/partnerships", Journeys.registration(title))
				.expect(201)
				.json()
				.path("partnershipId")
				.asText();
			commissioner.getWhenInViews("/api/v1/partnerships/" + id + "?minVersion=0").expect(200);
			// killed, the web app's consumer cannot leave its group: the broker still
			// counts it
			// as a member when it starts again, which once held the views back for ~30 s
			first.stop(LedgerSystem.Part.WEB_APP, ChildProcess.Signal.KILL);
		}
		try (LedgerSystem second = RunningLedger.startKeepingData(data)) {
			Instant running = Instant.now();
			try (Admin admin = Admin.create(second.kafkaAdmin().clientProperties())) {
				ViewsReadiness.State consumers = ViewsReadiness.views(admin, ViewsReadiness.endOffsets(admin));
				assertThat(consumers.ready()).as("the views' consumers when the launcher says running: %s", consumers)
					.isTrue();
			}
			LedgerApi commissioner = new LedgerApi(second.webUrl(), "restarter", RunningLedger.PASSWORD);
			assertThat(commissioner.get("/api/v1/partnerships/" + id).expect(200).json().path("title").asText())
				.isEqualTo(title);
			long version = commissioner
				.post("/api/v1/partnerships/" + id + "/parties", Journeys.charityAsLeadProvider())
				.expect(201)
				.json()
				.path("version")
				.asLong();
			Instant accepted = Instant.now();
			assertThat(version).isEqualTo(1);
			await().pollInterval(Duration.ofMillis(50))
				.until(() -> commissioner.get("/api/v1/partnerships/" + id).json().path("version").asLong() == 1);
			System.out.println("[restart] a command sent when the launcher said running was accepted "
					+ Duration.between(running, accepted).toMillis() + " ms later and shown by the views "
					+ Duration.between(accepted, Instant.now()).toMillis() + " ms after that");
			assertThat(commissioner.get("/api/v1/partnerships/" + id + "?minVersion=1")
				.expect(200)
				.json()
				.path("version")
				.asLong()).isEqualTo(1);
		}
	}

}
