package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.partnershipledger.audit.InstanceKeys;

/**
 * The whole system on one machine: PostgreSQL, a Kafka broker, the command side and the
 * query side, started in that order, supervised while they run, and stopped in reverse.
 * It counts as started once commands flow through to the views ({@link ViewsReadiness}).
 */
public final class LedgerSystem implements AutoCloseable {

	/** Where in the data directory the PostgreSQL server keeps its files. */
	static final String POSTGRES_DIRECTORY = "postgres";

	/** Where in the data directory the Kafka broker keeps its files and accounts. */
	static final String KAFKA_DIRECTORY = "kafka";

	/**
	 * The web app's consumers are static members of their group: restarted, the web app
	 * takes its partitions back at once instead of waiting for the broker to give up on
	 * the consumer it had before (45 s after the broker started, when the web app was
	 * killed or the broker stopped before it could leave).
	 */
	static final String WEB_APP_CONSUMER = "standalone-web-app";

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private final Map<Part, Supervised> parts = new EnumMap<>(Part.class);

	private final Settings settings;

	private final CompletableFuture<Optional<String>> stopped = new CompletableFuture<>();

	private String webUrl;

	private String commandSideUrl;

	private Database database;

	/** The ledger's signing key, kept in the data directory. */
	private PrivateKey signingKey;

	private KafkaBroker kafka;

	private Supervisor supervisor;

	private ViewsReadiness views;

	private RunFile runFile;

	private boolean closed;

	private LedgerSystem(Settings settings) {
		this.settings = settings;
	}

	/**
	 * A system not started yet, so that a shutdown hook can be registered before the long
	 * start: closing it stops whatever has started so far.
	 */
	public static LedgerSystem prepare(Settings settings) {
		return new LedgerSystem(settings);
	}

	/** Starts everything; blocks until commands flow through to the views. */
	public static LedgerSystem start(Settings settings) throws IOException, InterruptedException {
		LedgerSystem system = prepare(settings);
		system.start();
		return system;
	}

	/** Starts the parts in order; if one fails, stops those already started. */
	public void start() throws IOException, InterruptedException {
		Settings settings = this.settings;
		Files.createDirectories(settings.dataDirectory());
		Path logs = settings.dataDirectory().resolve("logs");
		try {
			this.runFile = remember(RunFile.claim(settings.dataDirectory()));
			this.database = remember(
					Database.start(settings.dataDirectory().resolve(POSTGRES_DIRECTORY), logs, settings.durable()));
			this.kafka = remember(
					KafkaBroker.start(settings.dataDirectory().resolve(KAFKA_DIRECTORY), logs, settings.durable()));
			String secret = newSecret();
			KeyPair signingKeys = SigningKeyFile.in(settings.dataDirectory());
			this.signingKey = signingKeys.getPrivate();

			Map<String, String> commandEnv = new HashMap<>();
			commandEnv.put("LEDGER_INTERNAL_SECRET", secret);
			// this machine only: the command side and its actuator always, the web app
			// unless its settings say otherwise (--listen)
			commandEnv.put(SpringApp.SERVER_ADDRESS, SpringApp.LOOPBACK);
			Map<String, String> queryEnv = new HashMap<>(commandEnv);
			// each app signs in to the broker with its own account: only the command side
			// may write the topic, only the web app's group may read it
			commandEnv.putAll(this.kafka.commandSide().springEnvironment());
			queryEnv.putAll(this.kafka.webApp().springEnvironment());
			commandEnv.put("LEDGER_SIGNING_KEY", InstanceKeys.encode(signingKeys.getPrivate()));
			// each app signs in to PostgreSQL with its own account: the command side's
			// may read and append the history (its migrations run as the tables' owner),
			// the web app's owns the views and cannot reach the event store
			commandEnv.putAll(databaseAccount(Database.EVENT_STORE, DatabaseAccounts.COMMAND_SIDE));
			commandEnv.put("SPRING_FLYWAY_USER", DatabaseAccounts.OWNER);
			commandEnv.put("SPRING_FLYWAY_PASSWORD", this.database.password(DatabaseAccounts.OWNER));
			queryEnv.putAll(databaseAccount(Database.VIEWS, DatabaseAccounts.WEB_APP));
			SpringApp commandSide = remember(SpringApp.start("command-side", "The command side",
					settings.appsDirectory().resolve("command-side.jar"), Ports.free(), commandEnv, List.of(), logs));

			queryEnv.put("LEDGER_SIGNING_PUBLIC_KEY", InstanceKeys.encode(signingKeys.getPublic()));
			queryEnv.put("LEDGER_COMMAND_SIDE_URL", commandSide.baseUrl());
			queryEnv.putAll(settings.webEnvironment());
			SpringApp querySide = remember(
					SpringApp.start("query-side", "The web app", settings.appsDirectory().resolve("query-side.jar"),
							Ports.preferredOrFree(settings.webPort()), queryEnv,
							List.of("--spring.kafka.consumer.properties.group.instance.id=" + WEB_APP_CONSUMER), logs));
			this.webUrl = querySide.baseUrl();
			this.commandSideUrl = commandSide.baseUrl();
			this.views = new ViewsReadiness(this.kafka.admin(), this.commandSideUrl);
			this.views.await(settings.out());

			this.parts.put(Part.DATABASE, this.database);
			this.parts.put(Part.BROKER, this.kafka);
			this.parts.put(Part.COMMAND_SIDE, commandSide);
			this.parts.put(Part.WEB_APP, new ViewsAfterRestart(querySide, this.views, settings.out()));
			this.runFile.write(this);
			this.supervisor = remember(new Supervisor(List.copyOf(this.parts.values()), settings.supervision(),
					settings.out(), this::giveUp, this::recordProcesses));
			this.supervisor.start();
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	/** The settings with which an app signs in to its database as its account. */
	private Map<String, String> databaseAccount(String databaseName, String account) {
		return Map.of("SPRING_DATASOURCE_URL", this.database.appUrl(databaseName), "SPRING_DATASOURCE_USERNAME",
				account, "SPRING_DATASOURCE_PASSWORD", this.database.password(account));
	}

	/** Keeps the run file's process ids current after a restart. */
	private void recordProcesses() {
		try {
			this.runFile.write(this);
		}
		catch (IOException ex) {
			System.err.println("Could not update the run file: " + ex.getMessage());
		}
	}

	private void giveUp(String reason) {
		close();
		this.stopped.complete(Optional.of(reason));
	}

	/**
	 * Waits until the system has stopped: empty when it was closed, the reason when a
	 * part could not be kept running and everything was stopped.
	 */
	public Optional<String> awaitStop() throws InterruptedException {
		try {
			return this.stopped.get();
		}
		catch (java.util.concurrent.ExecutionException ex) {
			throw new IllegalStateException(ex.getCause());
		}
	}

	/** Whether it has been stopped (possibly while still starting). */
	public synchronized boolean isClosed() {
		return this.closed;
	}

	/** The web app's address: pages and the public API. */
	public String webUrl() {
		return this.webUrl;
	}

	/** The command side's internal address (not for people). */
	public String commandSideUrl() {
		return this.commandSideUrl;
	}

	/**
	 * The ledger's private signing key, for tools that append events as the ledger does
	 * (the benchmark's bulk loader).
	 */
	public PrivateKey signingKey() {
		return this.signingKey;
	}

	/**
	 * A JDBC address of a database on the system's PostgreSQL server
	 * ({@code ledger_events}, {@code ledger_views}, or one a tool such as the benchmark
	 * made), for tools only.
	 */
	public String jdbcUrl(String databaseName) {
		return this.database.jdbcUrl(databaseName);
	}

	/** The Kafka broker's bootstrap servers, for tools only. */
	public String kafkaBootstrapServers() {
		return this.kafka.bootstrapServers();
	}

	/**
	 * The Kafka broker's super user (it may do anything on the broker), for tools only.
	 */
	public KafkaLogin kafkaAdmin() {
		return this.kafka.admin();
	}

	/**
	 * Whether PostgreSQL and the broker flush every commit to disk (not --fast-unsafe).
	 */
	public boolean isDurable() {
		return this.settings.durable();
	}

	/** Waits until commands flow through to the views again (after a fault, say). */
	public void awaitViewsReady() throws InterruptedException {
		this.views.await(this.settings.out());
	}

	/** The process id of a part, for tools and tests that play faults. */
	public long pid(Part part) {
		return this.parts.get(part).pid();
	}

	/**
	 * Stops a part on purpose with a signal (for a fault test or an operator's
	 * maintenance): the supervisor leaves it stopped until {@link #resume(Part)}.
	 */
	public void stop(Part part, ChildProcess.Signal signal) throws InterruptedException {
		Supervised supervised = this.parts.get(part);
		this.supervisor.hold(supervised);
		if (!supervised.stop(signal, Duration.ofMinutes(1))) {
			supervised.stop(ChildProcess.Signal.KILL, Duration.ofMinutes(1));
		}
	}

	/** Starts a part stopped with {@link #stop(Part, ChildProcess.Signal)} again. */
	public void resume(Part part) throws IOException, InterruptedException {
		Supervised supervised = this.parts.get(part);
		if (!supervised.isRunning()) {
			supervised.restart();
		}
		this.supervisor.release(supervised);
	}

	/** Kills a part as a crash would; the supervisor finds it stopped and restarts it. */
	public void kill(Part part) throws InterruptedException {
		this.parts.get(part).stop(ChildProcess.Signal.KILL, Duration.ofMinutes(1));
	}

	/** Every restart the supervisor made so far. */
	List<Supervisor.Restart> restarts() {
		return this.supervisor.restarts();
	}

	private synchronized <T extends AutoCloseable> T remember(T part) throws InterruptedException {
		if (this.closed) {
			try {
				part.close();
			}
			catch (Exception ex) {
				System.err.println("While stopping: " + ex.getMessage());
			}
			throw new InterruptedException("Stopped while starting");
		}
		this.started.push(part);
		return part;
	}

	private static String newSecret() {
		byte[] bytes = new byte[48];
		new SecureRandom().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public synchronized void close() {
		this.closed = true;
		while (!this.started.isEmpty()) {
			try {
				this.started.pop().close();
			}
			catch (Exception ex) {
				System.err.println("While stopping: " + ex.getMessage());
			}
		}
		this.stopped.complete(Optional.empty());
	}

	/** The parts a fault can hit. */
	public enum Part {

		DATABASE, BROKER, COMMAND_SIDE, WEB_APP

	}

	/**
	 * Where to keep data, where the app jars are, the web port, extra environment for the
	 * web app (such as the first administrator), whether to flush every commit to disk
	 * (false only with --fast-unsafe), how hard to keep the parts running, and where to
	 * report.
	 */
	public record Settings(Path dataDirectory, Path appsDirectory, int webPort, Map<String, String> webEnvironment,
			boolean durable, Supervisor.Policy supervision, PrintStream out) {

		/** Durable, with the default supervision, reporting on standard output. */
		public Settings(Path dataDirectory, Path appsDirectory, int webPort, Map<String, String> webEnvironment) {
			this(dataDirectory, appsDirectory, webPort, webEnvironment, true, Supervisor.Policy.DEFAULT, System.out);
		}

	}

	/**
	 * The web app under supervision: restarted, it counts as running again once commands
	 * flow through to the views.
	 */
	private record ViewsAfterRestart(SpringApp app, ViewsReadiness views, PrintStream out) implements Supervised {

		@Override
		public String name() {
			return this.app.name();
		}

		@Override
		public boolean isRunning() {
			return this.app.isRunning();
		}

		@Override
		public Integer exitCode() {
			return this.app.exitCode();
		}

		@Override
		public Path log() {
			return this.app.log();
		}

		@Override
		public long pid() {
			return this.app.pid();
		}

		@Override
		public void restart() throws IOException, InterruptedException {
			this.app.restart();
			this.views.await(this.out);
		}

		@Override
		public boolean stop(ChildProcess.Signal signal, Duration timeout) throws InterruptedException {
			return this.app.stop(signal, timeout);
		}

	}

}
