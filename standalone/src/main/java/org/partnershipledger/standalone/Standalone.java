package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs Partnership Ledger on one machine:
 * {@code java -jar partnership-ledger.jar [--demo]
 * [--port 8080] [--listen 127.0.0.1] [--data .ledger-data] [--fast-unsafe]}, checks a
 * history against a checkpoint with
 * {@code java -jar partnership-ledger.jar verify --checkpoint FILE ...} (see
 * {@link VerifyCommand}), or checks the running system's invariants with
 * {@code java -jar partnership-ledger.jar check ...} (see {@link CheckCommand}). Data is
 * kept in the data directory, so a restart keeps every partnership; Ctrl-C stops
 * everything. A part that stops is restarted; when one cannot be kept running the
 * launcher stops everything and exits with status 1.
 */
public final class Standalone {

	private static final int DEFAULT_PORT = 8080;

	static final String DEMO_ADMIN = "admin";

	static final String DEMO_MARKER = "demo-administrator-password";

	private Standalone() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
		List<String> arguments = Arrays.asList(args);
		if (!arguments.isEmpty() && arguments.get(0).equals("verify")) {
			System.exit(new VerifyCommand(System.out, System.err).run(arguments.subList(1, arguments.size())));
		}
		if (!arguments.isEmpty() && arguments.get(0).equals("check")) {
			System.exit(new CheckCommand(System.out, System.err).run(arguments.subList(1, arguments.size())));
		}
		if (arguments.contains("--help")) {
			System.out.println(
					"Usage: partnership-ledger [--demo] [--port N] [--listen ADDRESS] [--data DIRECTORY] [--fast-unsafe]");
			System.out.println("  --listen       the address the web app listens on (default 127.0.0.1: this machine "
					+ "only; 0.0.0.0 for every network)");
			System.out.println("  --fast-unsafe  do not flush commits to disk (a crash of the machine can lose them)");
			System.out.println(VerifyCommand.USAGE);
			System.out.println(CheckCommand.USAGE);
			return;
		}
		boolean demo = arguments.contains("--demo");
		boolean durable = !arguments.contains("--fast-unsafe");
		int port = Integer.parseInt(option(arguments, "--port", Integer.toString(DEFAULT_PORT)));
		Path data = Path.of(option(arguments, "--data", defaultDataDirectory())).toAbsolutePath();
		String demoPassword = DemoData.password();
		String adminPassword = demo ? demoAdministratorPassword(data) : null;
		Map<String, String> webEnvironment = new HashMap<>();
		if (demo) {
			webEnvironment.put("LEDGER_ADMIN_USERNAME", DEMO_ADMIN);
			webEnvironment.put("LEDGER_ADMIN_PASSWORD", adminPassword);
		}
		// the web app listens on this machine only unless told where; the command side,
		// PostgreSQL and Kafka always do
		String listen = option(arguments, "--listen", null);
		if (listen != null) {
			webEnvironment.put(SpringApp.SERVER_ADDRESS, listen);
		}

		System.out.println("Starting Partnership Ledger (data in " + data + ") ...");
		warnAboutDemoAccounts(data, demo);
		if (!durable) {
			System.out.println("--fast-unsafe: PostgreSQL runs with fsync, synchronous_commit and full_page_writes off "
					+ "and Kafka leaves flushing to the operating system. A crash of this machine or a power cut can "
					+ "lose changes already confirmed, or corrupt the data directory beyond repair. For demos only.");
		}
		LedgerSystem system = LedgerSystem.prepare(new LedgerSystem.Settings(data, appsDirectory(), port,
				webEnvironment, durable, Supervisor.Policy.DEFAULT, System.out));
		CountDownLatch stopped = new CountDownLatch(1);
		AtomicBoolean stopRequested = new AtomicBoolean();
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			stopRequested.set(true);
			System.out.println("Stopping Partnership Ledger ...");
			system.close();
			stopped.countDown();
		}));
		try {
			system.start();
		}
		catch (IOException | IllegalStateException | InterruptedException ex) {
			if (stopRequested.get()) {
				return;
			}
			System.err.println("Partnership Ledger could not start: " + ex.getMessage());
			System.exit(1);
		}
		resumeInterruptedRebuild(system, demo ? DEMO_ADMIN : System.getenv("LEDGER_ADMIN_USERNAME"),
				demo ? adminPassword : System.getenv("LEDGER_ADMIN_PASSWORD"));
		if (demo) {
			int added;
			try {
				added = new DemoData(system.webUrl(), demoPassword).load(DEMO_ADMIN, adminPassword);
			}
			catch (RuntimeException ex) {
				if (stopRequested.get() || system.isClosed()) {
					// stopped while loading: the next --demo run finishes what is missing
					return;
				}
				throw ex;
			}
			System.out.println("Demo data: " + added + " partnership(s) added or completed.");
			System.out.println("Demo users (password '" + demoPassword + "'): " + String.join(", ", DemoData.users())
					+ "; administrator: " + DEMO_ADMIN + " (password '" + adminPassword + "')");
		}
		System.out.println("Partnership Ledger is running at " + system.webUrl() + "  (Ctrl-C stops it)");
		Optional<String> failure = system.awaitStop();
		if (failure.isPresent()) {
			System.err.println("Partnership Ledger stopped: " + failure.get());
			System.exit(1);
		}
		stopped.await();
	}

	/**
	 * Starts a rebuild of the views the last stop interrupted, when the launcher knows an
	 * administrator to start it as.
	 */
	private static void resumeInterruptedRebuild(LedgerSystem system, String username, String password) {
		if (username == null || username.isBlank() || password == null || password.isBlank()) {
			return;
		}
		try {
			new InterruptedRebuild(new LedgerApi(system.webUrl(), username, password), System.out).resume();
		}
		catch (RuntimeException ex) {
			System.out.println("Could not tell whether a rebuild was interrupted: " + ex.getMessage());
		}
	}

	/**
	 * The demo administrator's password: made at random on the first demo run and kept in
	 * the data directory, so it is never a published one and later demo runs still sign
	 * in.
	 */
	private static String demoAdministratorPassword(Path data) throws IOException {
		Path file = data.resolve(DEMO_MARKER);
		if (!Files.exists(file)) {
			Files.createDirectories(data);
			byte[] bytes = new byte[18];
			new SecureRandom().nextBytes(bytes);
			PrivateFiles.write(file,
					Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).getBytes(StandardCharsets.US_ASCII));
		}
		PrivateFiles.restrict(file);
		return Files.readString(file).strip();
	}

	/**
	 * Demo users have a published password: say so when such data is run without --demo.
	 */
	private static void warnAboutDemoAccounts(Path data, boolean demo) {
		if (!demo && Files.exists(data.resolve(DEMO_MARKER))) {
			System.out.println("Warning: " + data + " holds the demo users, whose password is published. "
					+ "Use a fresh data directory (--data) for real partnerships.");
		}
	}

	/**
	 * The app jars sit in {@code apps/} beside this program's jar (or its classes
	 * folder).
	 */
	private static Path appsDirectory() throws URISyntaxException {
		String configured = System.getProperty("ledger.apps.dir");
		if (configured != null) {
			return Path.of(configured);
		}
		Path location = Path.of(Standalone.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return location.getParent().resolve("apps");
	}

	/** The data directory when none is given: {@code LEDGER_DATA_DIR} or .ledger-data. */
	static String defaultDataDirectory() {
		return envOr("LEDGER_DATA_DIR", ".ledger-data");
	}

	private static String option(List<String> arguments, String name, String fallback) {
		int at = arguments.indexOf(name);
		return (at >= 0 && at + 1 < arguments.size()) ? arguments.get(at + 1) : fallback;
	}

	private static String envOr(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}

}
