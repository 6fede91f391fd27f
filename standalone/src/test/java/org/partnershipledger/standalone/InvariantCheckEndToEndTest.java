package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The invariant check, as a library and as {@code check}: it passes on a healthy system,
 * names an overview that is not at its stream's last sequence number, and the rebuild it
 * compares the views with puts that overview right.
 */
class InvariantCheckEndToEndTest {

	@Test
	void anOverviewBehindItsStreamIsNamedAndARebuildPutsItRight() throws Exception {
		LedgerSystem system = FaultLedger.system();
		LedgerApi commissioner = FaultLedger.commissioner();
		String id = commissioner.post("/api/v1/partnerships", Journeys.registration("Checked"))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		List<String> byAddress = List.of("--jdbc-events", system.jdbcUrl(Database.EVENT_STORE), "--jdbc-views",
				system.jdbcUrl(Database.VIEWS), "--kafka", system.kafkaBootstrapServers());
		assertThat(check(byAddress)).isZero();

		try (Connection views = DriverManager.getConnection(system.jdbcUrl(Database.VIEWS));
				PreparedStatement tamper = views.prepareStatement(
						"update partnership_overview set version = version + 7 where partnership_id = ?")) {
			tamper.setString(1, id);
			assertThat(tamper.executeUpdate()).isOne();
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertThat(check(byAddress, out)).isEqualTo(1);
		assertThat(out.toString(StandardCharsets.UTF_8)).contains(
				"VIOLATION overview: partnership " + id + " is at version 7 but its stream ends at 0",
				"Not checked: the views against a rebuild");

		InvariantReport withRebuild = InvariantCheck.run(
				new InvariantCheck.Sources(system.jdbcUrl(Database.EVENT_STORE), system.jdbcUrl(Database.VIEWS),
						system.kafkaAdmin(), system.webUrl(), FaultLedger.ADMIN, FaultLedger.PASSWORD),
				java.time.Duration.ofSeconds(5), System.out);
		assertThat(withRebuild.violations()).anySatisfy(
				(violation) -> assertThat(violation).startsWith("views against a rebuild: table partnership_overview"));

		FaultLedger.checkInvariants("check after the rebuild");
	}

	private static int check(List<String> arguments) {
		return check(arguments, new ByteArrayOutputStream());
	}

	private static int check(List<String> arguments, ByteArrayOutputStream out) {
		List<String> all = new java.util.ArrayList<>(arguments);
		all.addAll(List.of("--settle", "60"));
		KafkaLogin kafka = FaultLedger.system().kafkaAdmin();
		int status = new CheckCommand(new PrintStream(out, true, StandardCharsets.UTF_8), System.err,
				Map.of("LEDGER_KAFKA_USERNAME", kafka.username(), "LEDGER_KAFKA_PASSWORD", kafka.password()))
			.run(all);
		System.out.print(out.toString(StandardCharsets.UTF_8));
		return status;
	}

}
