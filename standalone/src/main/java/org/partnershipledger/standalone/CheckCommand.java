package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * {@code partnership-ledger check}: checks the ledger's invariants
 * ({@link InvariantCheck}) on the running standalone system of a data directory, on its
 * kept data when it is not running, or on any servers given by address. Prints a report;
 * exits 0 when every invariant holds, 1 when one does not, 2 when it could not check.
 */
final class CheckCommand {

	static final String USAGE = """
			Usage: partnership-ledger check [--data DIRECTORY |
			         --jdbc-events JDBC-URL --jdbc-views JDBC-URL --kafka BOOTSTRAP-SERVERS]
			         [--web URL] [--admin USERNAME] [--settle SECONDS]
			  --data         the standalone's data directory (default .ledger-data): its running system,
			                 or its kept data when it is not running
			  --jdbc-events  the event store's JDBC URL (with user and password in it, if needed)
			  --jdbc-views   the views' JDBC URL
			  --kafka        the Kafka bootstrap servers; signed in with SCRAM-SHA-512 as LEDGER_KAFKA_USERNAME
			                 with LEDGER_KAFKA_PASSWORD when set (an account that may read the topic)
			  --web, --admin the web app and an administrator (password in LEDGER_ADMIN_PASSWORD), to compare
			                 the views with a rebuild of them; the demo administrator on a demo data directory
			  --settle       how long to wait for the views to catch up first (default 60)
			Exit status: 0 every invariant holds, 1 one does not, 2 could not check.""";

	private static final Set<String> OPTIONS = Set.of("--data", "--jdbc-events", "--jdbc-views", "--kafka", "--web",
			"--admin", "--settle");

	private final PrintStream out;

	private final PrintStream err;

	private final Map<String, String> environment;

	CheckCommand(PrintStream out, PrintStream err) {
		this(out, err, System.getenv());
	}

	/** With the environment variables it reads (passwords) given. */
	CheckCommand(PrintStream out, PrintStream err, Map<String, String> environment) {
		this.out = out;
		this.err = err;
		this.environment = environment;
	}

	/** Runs {@code check} with the arguments after it; answers the exit status. */
	int run(List<String> arguments) {
		Map<String, String> options = new HashMap<>();
		for (int i = 0; i < arguments.size(); i += 2) {
			String name = arguments.get(i);
			if (!OPTIONS.contains(name) || i + 1 >= arguments.size()) {
				return usage(OPTIONS.contains(name) ? name + " needs a value." : "Unknown argument '" + name + "'.");
			}
			options.put(name, arguments.get(i + 1));
		}
		boolean byAddress = options.containsKey("--jdbc-events") || options.containsKey("--jdbc-views")
				|| options.containsKey("--kafka");
		if (byAddress && (options.containsKey("--data") || !options.containsKey("--jdbc-events")
				|| !options.containsKey("--jdbc-views") || !options.containsKey("--kafka"))) {
			return usage("Give --jdbc-events, --jdbc-views and --kafka together, or --data.");
		}
		try {
			Duration settle = Duration.ofSeconds(Long.parseLong(options.getOrDefault("--settle", "60")));
			InvariantReport report;
			if (byAddress) {
				report = InvariantCheck.run(
						new InvariantCheck.Sources(options.get("--jdbc-events"), options.get("--jdbc-views"),
								new KafkaLogin(options.get("--kafka"), this.environment.get("LEDGER_KAFKA_USERNAME"),
										this.environment.get("LEDGER_KAFKA_PASSWORD")),
								options.get("--web"), options.get("--admin"),
								this.environment.get("LEDGER_ADMIN_PASSWORD")),
						settle, this.out);
			}
			else {
				report = onDataDirectory(
						Path.of(options.getOrDefault("--data", Standalone.defaultDataDirectory())).toAbsolutePath(),
						options, settle);
			}
			report.print(this.out);
			return report.holds() ? 0 : 1;
		}
		catch (IOException | SQLException | RuntimeException ex) {
			this.err.println("Could not check: " + ex.getMessage());
			return 2;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.err.println("Could not check: interrupted");
			return 2;
		}
	}

	private InvariantReport onDataDirectory(Path data, Map<String, String> options, Duration settle)
			throws IOException, SQLException, InterruptedException {
		if (!Files.isDirectory(data.resolve(LedgerSystem.POSTGRES_DIRECTORY))) {
			throw new IllegalStateException("there is no ledger data in " + data
					+ "; give the right --data directory, or --jdbc-events, --jdbc-views and --kafka");
		}
		Optional<Properties> running = RunFile.running(data);
		if (running.isPresent() && running.get().getProperty("events.jdbc") == null) {
			throw new IllegalStateException("the ledger on " + data + " is still starting; check once it is running");
		}
		if (running.isPresent()) {
			Properties system = running.get();
			this.out.println("Checking the ledger running on " + data + " ...");
			String[] admin = administrator(data, options);
			return InvariantCheck.run(
					new InvariantCheck.Sources(system.getProperty("events.jdbc"), system.getProperty("views.jdbc"),
							KafkaAccounts.in(data.resolve(LedgerSystem.KAFKA_DIRECTORY))
								.admin(system.getProperty("kafka.bootstrap")),
							options.getOrDefault("--web", system.getProperty("web.url")), admin[0], admin[1]),
					settle, this.out);
		}
		this.out.println("The ledger is not running on " + data
				+ ": checking its kept data with PostgreSQL and the broker started for the check ...");
		Path logs = data.resolve("logs");
		try (Database database = Database.start(data.resolve(LedgerSystem.POSTGRES_DIRECTORY), logs, true);
				KafkaBroker kafka = KafkaBroker.start(data.resolve(LedgerSystem.KAFKA_DIRECTORY), logs, true)) {
			return InvariantCheck.run(new InvariantCheck.Sources(database.jdbcUrl(Database.EVENT_STORE),
					database.jdbcUrl(Database.VIEWS), kafka.admin(), null, null, null), settle, this.out);
		}
	}

	/**
	 * The administrator to rebuild the views as: --admin with LEDGER_ADMIN_PASSWORD, else
	 * the demo administrator of a demo data directory, else the first administrator's
	 * settings; nulls when none.
	 */
	private String[] administrator(Path data, Map<String, String> options) throws IOException {
		String password = this.environment.get("LEDGER_ADMIN_PASSWORD");
		if (options.containsKey("--admin")) {
			return new String[] { options.get("--admin"), password };
		}
		Path demo = data.resolve(Standalone.DEMO_MARKER);
		if (Files.exists(demo)) {
			return new String[] { Standalone.DEMO_ADMIN, Files.readString(demo).strip() };
		}
		String username = this.environment.get("LEDGER_ADMIN_USERNAME");
		return (username != null && password != null) ? new String[] { username, password }
				: new String[] { null, null };
	}

	private int usage(String problem) {
		this.err.println(problem);
		this.err.println(USAGE);
		return 2;
	}

}
