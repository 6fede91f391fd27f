package org.partnershipledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.partnershipledger.standalone.LedgerSystem;

/**
 * The running system as the benchmark uses it: its addresses, and the people it acts as,
 * made through the public API by the first administrator (a council's commissioner, a
 * provider charity's officer and an auditor). The commands it drives are the ones an
 * integrator sends most often and that need no other state: recording a published
 * transparency notice (commissioner) and raising an audit finding (auditor).
 */
final class Ledger {

	static final String ADMIN = "bench-admin";

	static final String COMMISSIONER = "bench-commissioner";

	static final String PROVIDER = "bench-provider";

	static final String AUDITOR = "bench-auditor";

	static final String EVENT_STORE = "ledger_events";

	static final String VIEWS = "ledger_views";

	private final Map<String, Api> tokens = new HashMap<>();

	private static final AtomicLong NUMBER = new AtomicLong();

	private final LedgerSystem system;

	private final String password;

	private final Path dataDirectory;

	Ledger(LedgerSystem system, String password, Path dataDirectory) {
		this.system = system;
		this.password = password;
		this.dataDirectory = dataDirectory;
	}

	/** The system's data directory; the benchmark's own files go in it too. */
	Path dataDirectory() {
		return this.dataDirectory;
	}

	/** The environment that makes {@link #ADMIN} the first administrator. */
	static Map<String, String> webEnvironment(String password) {
		return Map.of("LEDGER_ADMIN_USERNAME", ADMIN, "LEDGER_ADMIN_PASSWORD", password);
	}

	/**
	 * Everyone's password: made at random on a fresh data directory and kept in it, so a
	 * run on a kept directory still signs in.
	 */
	static String password(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("bench-password");
		if (!Files.exists(file)) {
			Files.createDirectories(dataDirectory);
			byte[] bytes = new byte[18];
			new SecureRandom().nextBytes(bytes);
			Files.writeString(file, "bench-" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
		return Files.readString(file).strip();
	}

	String password() {
		return this.password;
	}

	LedgerSystem system() {
		return this.system;
	}

	String webUrl() {
		return this.system.webUrl();
	}

	/** A loader that appends events to the event store as the ledger would. */
	BulkEvents bulkEvents() {
		return new BulkEvents(jdbcUrl(EVENT_STORE), this.system.signingKey());
	}

	String jdbcUrl(String database) {
		return this.system.jdbcUrl(database);
	}

	/** Client settings for the broker, signed in as its super user. */
	Map<String, Object> kafka() {
		return this.system.kafkaAdmin().clientProperties();
	}

	/**
	 * The API as the person's program calls it: with a personal API token, created on the
	 * account page once per person.
	 */
	synchronized Api as(String username) {
		return this.tokens.computeIfAbsent(username, (name) -> Api.withToken(webUrl(),
				PageSession.signIn(webUrl(), name, this.password).createApiToken("ledger-bench")));
	}

	/** The API as someone trying it calls it: HTTP Basic with the person's password. */
	Api withBasic(String username) {
		return new Api(webUrl(), username, this.password);
	}

	Api admin() {
		return as(ADMIN);
	}

	Api commissioner() {
		return as(COMMISSIONER);
	}

	Api auditor() {
		return as(AUDITOR);
	}

	/** Makes the organisations and people, once. */
	void createPeople() {
		Api admin = admin();
		organisation(admin, "Benchmark Borough Council", "GB-LAC", "BENCH0001");
		organisation(admin, "Benchmark Provider Trust", "GB-CHC", "BENCH0002");
		organisation(admin, "Benchmark Audit", "GB-COH", "BENCH0003");
		person(admin, COMMISSIONER, "Bea Commissioner", "COMMISSIONER", "GB-LAC", "BENCH0001");
		person(admin, PROVIDER, "Ben Provider", "PROVIDER", "GB-CHC", "BENCH0002");
		person(admin, AUDITOR, "Bo Auditor", "AUDITOR", "GB-COH", "BENCH0003");
	}

	/** Registers a partnership as the commissioner; returns its id. */
	String registerPartnership(String title) {
		return this.commissioner()
			.post("/api/v1/partnerships",
					Map.of("title", title, "description", "A partnership the benchmark made to drive commands at.",
							"serviceArea", "Benchmarking", "legalRegime", "PA2023_PUBLIC_CONTRACT", "plannedPeriod",
							Map.of("startDate", "2025-04-01", "endDate", "2028-03-31")))
			.expectOk("Registering a partnership")
			.json()
			.path("partnershipId")
			.asText();
	}

	/** Adds the provider charity as lead provider. */
	void addProvider(String partnershipId) {
		this.commissioner()
			.post("/api/v1/partnerships/" + partnershipId + "/parties",
					Map.of("name", "Benchmark Provider Trust", "identifier",
							Map.of("scheme", "GB-CHC", "id", "BENCH0002"), "roles", List.of("LEAD_PROVIDER"), "basis",
							"CONTRACT", "reason", "Awarded the contract"))
			.expectOk("Adding the provider");
	}

	/** The path and body of the cheap command, numbered so every one differs. */
	static String noticePath(String partnershipId) {
		return "/api/v1/partnerships/" + partnershipId + "/transparency-notices";
	}

	static Map<String, Object> noticeBody() {
		return Map.of("noticeType", "VOLUNTARY", "reference", "Benchmark notice " + NUMBER.incrementAndGet(),
				"publishedOn", "2025-06-01");
	}

	static String findingPath(String partnershipId) {
		return "/api/v1/partnerships/" + partnershipId + "/audit-findings";
	}

	static Map<String, Object> findingBody() {
		return Map.of("scope", "Benchmark sample " + NUMBER.incrementAndGet(), "asOf", "2025-06-01", "finding",
				"The benchmark found the record of this partnership complete for the period sampled.", "severity",
				"LOW");
	}

	private static void organisation(Api admin, String name, String scheme, String id) {
		Api.Result result = admin.post("/api/v1/admin/organisations",
				Map.of("name", name, "identifier", Map.of("scheme", scheme, "id", id)));
		if (!result.ok() && result.status() != 409) {
			result.expectOk("Creating organisation " + name);
		}
	}

	private void person(Api admin, String username, String displayName, String role, String scheme, String id) {
		Api.Result result = admin.post("/api/v1/admin/users", Map.of("username", username, "displayName", displayName,
				"role", role, "organisationIdentifier", Map.of("scheme", scheme, "id", id), "password", this.password));
		if (!result.ok() && result.status() != 409) {
			result.expectOk("Creating user " + username);
		}
	}

}
