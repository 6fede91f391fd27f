package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The whole system, started once per test JVM exactly as a user starts it (real
 * PostgreSQL, a real Kafka broker, both apps as child processes), with a fresh data
 * directory, and the organisations and people the end-to-end tests act as.
 */
final class RunningLedger {

	static final String PASSWORD = "e2e-" + UUID.randomUUID();

	static final String ADMIN = "e2e-admin";

	private static LedgerSystem system;

	private RunningLedger() {
	}

	static synchronized String webUrl() {
		if (system == null) {
			system = start(Path.of("target", "e2e-data"));
			Runtime.getRuntime().addShutdownHook(new Thread(system::close));
			createPeople();
		}
		return system.webUrl();
	}

	/** Starts a system on a fresh data directory. */
	static LedgerSystem start(Path dataDirectory) {
		try {
			deleteRecursively(dataDirectory);
			return startKeepingData(dataDirectory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Starts a system on a fresh data directory with the web app's extra environment. */
	static LedgerSystem start(Path dataDirectory, Map<String, String> webEnvironment) {
		try {
			deleteRecursively(dataDirectory);
			return LedgerSystem.start(new LedgerSystem.Settings(dataDirectory.toAbsolutePath(),
					Path.of("target", "apps").toAbsolutePath(), 0, webEnvironment));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Starts a system on a data directory as it is, as a restart does. */
	static LedgerSystem startKeepingData(Path dataDirectory) {
		try {
			return LedgerSystem.start(new LedgerSystem.Settings(dataDirectory.toAbsolutePath(),
					Path.of("target", "apps").toAbsolutePath(), 0,
					Map.of("LEDGER_ADMIN_USERNAME", ADMIN, "LEDGER_ADMIN_PASSWORD", PASSWORD)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The shared system itself, started if need be. */
	static synchronized LedgerSystem system() {
		webUrl();
		return system;
	}

	static LedgerApi as(String username) {
		return new LedgerApi(webUrl(), username, PASSWORD);
	}

	static LedgerApi anonymous() {
		return new LedgerApi(webUrl(), null, null);
	}

	private static void createPeople() {
		LedgerApi admin = new LedgerApi(system.webUrl(), ADMIN, PASSWORD);
		organisation(admin, "Eastmoor Borough Council", "GB-LAC", "E2E0001");
		organisation(admin, "Second Chance Charity", "GB-CHC", "E2E0002");
		organisation(admin, "Westvale District Council", "GB-LAC", "E2E0003");
		organisation(admin, "Audit Collective", "GB-COH", "E2E0004");
		person(admin, "e2e-commissioner", "Cleo Commissioner", "COMMISSIONER", "GB-LAC", "E2E0001");
		person(admin, "e2e-provider", "Pat Provider", "PROVIDER", "GB-CHC", "E2E0002");
		person(admin, "e2e-other-commissioner", "Olu Other", "COMMISSIONER", "GB-LAC", "E2E0003");
		person(admin, "e2e-auditor", "Ari Auditor", "AUDITOR", "GB-COH", "E2E0004");
	}

	private static void organisation(LedgerApi admin, String name, String scheme, String id) {
		admin
			.post("/api/v1/admin/organisations", Map.of("name", name, "identifier", Map.of("scheme", scheme, "id", id)))
			.expect(201);
	}

	private static void person(LedgerApi admin, String username, String displayName, String role, String scheme,
			String id) {
		admin
			.post("/api/v1/admin/users", Map.of("username", username, "displayName", displayName, "role", role,
					"organisationIdentifier", Map.of("scheme", scheme, "id", id), "password", PASSWORD))
			.expect(201);
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
