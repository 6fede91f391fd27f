package org.partnershipledger.standalone;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A system of its own for the fault tests, started once per test JVM as the launcher
 * starts it, with an administrator and a commissioner, so that faults played on it never
 * disturb the other end-to-end tests.
 */
final class FaultLedger {

	static final String ADMIN = "fault-admin";

	static final String COMMISSIONER = "fault-commissioner";

	static final String PASSWORD = "fault-" + UUID.randomUUID();

	private static LedgerSystem system;

	private FaultLedger() {
	}

	static synchronized LedgerSystem system() {
		if (system == null) {
			system = RunningLedger.start(Path.of("target", "fault-data"),
					Map.of("LEDGER_ADMIN_USERNAME", ADMIN, "LEDGER_ADMIN_PASSWORD", PASSWORD));
			Runtime.getRuntime().addShutdownHook(new Thread(system::close));
			LedgerApi admin = admin();
			admin
				.post("/api/v1/admin/organisations",
						Map.of("name", "Faultless Borough Council", "identifier",
								Map.of("scheme", "GB-LAC", "id", "F1")))
				.expect(201);
			admin
				.post("/api/v1/admin/users",
						Map.of("username", COMMISSIONER, "displayName", "Fay Fault", "role", "COMMISSIONER",
								"organisationIdentifier", Map.of("scheme", "GB-LAC", "id", "F1"), "password", PASSWORD))
				.expect(201);
		}
		return system;
	}

	static LedgerApi admin() {
		return new LedgerApi(system().webUrl(), ADMIN, PASSWORD);
	}

	static LedgerApi commissioner() {
		return new LedgerApi(system().webUrl(), COMMISSIONER, PASSWORD);
	}

	/** Checks every invariant, views against a rebuild included; prints the report. */
	static InvariantReport checkInvariants(String label) {
		try {
			InvariantReport report = InvariantCheck.run(
					new InvariantCheck.Sources(system().jdbcUrl(Database.EVENT_STORE), system().jdbcUrl(Database.VIEWS),
							system().kafkaAdmin(), system().webUrl(), ADMIN, PASSWORD),
					Duration.ofMinutes(3), System.out);
			System.out.println("[" + label + "] invariant check:");
			report.print(System.out);
			assertThat(report.violations()).as(label + ": invariants").isEmpty();
			return report;
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
