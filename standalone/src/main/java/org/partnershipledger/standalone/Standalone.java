package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Runs Partnership Ledger on one machine:
 * {@code java -jar partnership-ledger.jar [--demo]
 * [--port 8080] [--data .ledger-data]}, or checks a history against a checkpoint with
 * {@code java -jar partnership-ledger.jar verify --checkpoint FILE ...} (see
 * {@link VerifyCommand}). Data is kept in the data directory, so a restart keeps every
 * partnership; Ctrl-C stops everything.
 */
public final class Standalone {

	private static final int DEFAULT_PORT = 8080;

	private static final String DEMO_ADMIN = "admin";

	private static final String DEMO_MARKER = "demo-administrator-password";

	private Standalone() {
	}

	public static void main(String[] args) throws IOException, InterruptedException, URISyntaxException {
		List<String> arguments = Arrays.asList(args);
		if (!arguments.isEmpty() && arguments.get(0).equals("verify")) {
			System.exit(new VerifyCommand(System.out, System.err).run(arguments.subList(1, arguments.size())));
		}
		if (arguments.contains("--help")) {
			System.out.println("Usage: partnership-ledger [--demo] [--port N] [--data DIRECTORY]");
			System.out.println(VerifyCommand.USAGE);
			return;
		}
		boolean demo = arguments.contains("--demo");
		int port = Integer.parseInt(option(arguments, "--port", Integer.toString(DEFAULT_PORT)));
		Path data = Path.of(option(arguments, "--data", defaultDataDirectory())).toAbsolutePath();
		String demoPassword = DemoData.password();
		String adminPassword = demo ? demoAdministratorPassword(data) : null;
		Map<String, String> webEnvironment = demo
				? Map.of("LEDGER_ADMIN_USERNAME", DEMO_ADMIN, "LEDGER_ADMIN_PASSWORD", adminPassword) : Map.of();

		System.out.println("Starting Partnership Ledger (data in " + data + ") ...");
		warnAboutDemoAccounts(data, demo);
		LedgerSystem system = LedgerSystem
			.prepare(new LedgerSystem.Settings(data, appsDirectory(), port, webEnvironment));
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			System.out.println("Stopping Partnership Ledger ...");
			system.close();
			stopped.countDown();
		}));
		try {
			system.start();
		}
		catch (IllegalStateException | InterruptedException ex) {
			if (system.isClosed()) {
				return;
			}
			throw ex;
		}
		if (demo) {
			int added = new DemoData(system.webUrl(), demoPassword).load(DEMO_ADMIN, adminPassword);
			System.out.println("Demo data: " + added + " partnership(s) added.");
			System.out.println("Demo users (password '" + demoPassword + "'): " + String.join(", ", DemoData.USERS)
					+ "; administrator: " + DEMO_ADMIN + " (password '" + adminPassword + "')");
		}
		System.out.println("Partnership Ledger is running at " + system.webUrl() + "  (Ctrl-C stops it)");
		stopped.await();
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
			Files.writeString(file, Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
		}
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
