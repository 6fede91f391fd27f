package org.partnershipledger.standalone;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the whole system and starting it again on the same data keeps every
 * partnership.
 */
class RestartEndToEndTest {

	@Test
	void aRestartKeepsEveryPartnershipAndAcceptsNewCommands() {
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
			commissioner.get("/api/v1/partnerships/" + id + "?minVersion=0").expect(200);
		}
		try (LedgerSystem second = RunningLedger.startKeepingData(data)) {
			LedgerApi commissioner = new LedgerApi(second.webUrl(), "restarter", RunningLedger.PASSWORD);
			assertThat(commissioner.get("/api/v1/partnerships/" + id).expect(200).json().path("title").asText())
				.isEqualTo(title);
			long version = commissioner
				.post("/api/v1/partnerships/" + id + "/parties", Journeys.charityAsLeadProvider())
				.expect(201)
				.json()
				.path("version")
				.asLong();
			assertThat(version).isEqualTo(1);
			assertThat(commissioner.get("/api/v1/partnerships/" + id + "?minVersion=1")
				.expect(200)
				.json()
				.path("version")
				.asLong()).isEqualTo(1);
		}
	}

}
