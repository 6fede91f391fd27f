package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import org.partnershipledger.audit.InstanceKeys;

/**
 * The whole system on one machine: PostgreSQL, a Kafka broker, the command side and the
 * query side, started in that order and stopped in reverse.
 */
public final class LedgerSystem implements AutoCloseable {

	/** Where in the data directory the PostgreSQL server keeps its files. */
	static final String POSTGRES_DIRECTORY = "postgres";

	private final Deque<AutoCloseable> started = new ArrayDeque<>();

	private final Settings settings;

	private String webUrl;

	private String commandSideUrl;

	private Database database;

	private KafkaBroker kafka;

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

	/** Starts everything; blocks until both apps report healthy. */
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
			Database database = remember(Database.start(settings.dataDirectory().resolve(POSTGRES_DIRECTORY)));
			KafkaBroker kafka = remember(KafkaBroker.start(settings.dataDirectory().resolve("kafka"), logs));
			String secret = newSecret();
			KeyPair signingKeys = SigningKeyFile.in(settings.dataDirectory());

			Map<String, String> commandEnv = new HashMap<>();
			commandEnv.put("SPRING_DATASOURCE_URL", database.jdbcUrl(Database.EVENT_STORE));
			commandEnv.put("SPRING_DATASOURCE_USERNAME", "postgres");
			commandEnv.put("SPRING_DATASOURCE_PASSWORD", "postgres");
			commandEnv.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
			commandEnv.put("LEDGER_INTERNAL_SECRET", secret);
			Map<String, String> queryEnv = new HashMap<>(commandEnv);
			commandEnv.put("LEDGER_SIGNING_KEY", InstanceKeys.encode(signingKeys.getPrivate()));
			SpringApp commandSide = remember(SpringApp.start("command-side",
					settings.appsDirectory().resolve("command-side.jar"), Ports.free(), commandEnv, logs));

			queryEnv.put("SPRING_DATASOURCE_URL", database.jdbcUrl(Database.VIEWS));
			queryEnv.put("LEDGER_SIGNING_PUBLIC_KEY", InstanceKeys.encode(signingKeys.getPublic()));
			queryEnv.put("LEDGER_COMMAND_SIDE_URL", commandSide.baseUrl());
			queryEnv.putAll(settings.webEnvironment());
			SpringApp querySide = remember(
					SpringApp.start("query-side", settings.appsDirectory().resolve("query-side.jar"),
							Ports.preferredOrFree(settings.webPort()), queryEnv, logs));
			this.webUrl = querySide.baseUrl();
			this.commandSideUrl = commandSide.baseUrl();
			this.database = database;
			this.kafka = kafka;
		}
		catch (IOException | InterruptedException | RuntimeException ex) {
			close();
			throw ex;
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
	}

	/**
	 * Where to keep data, where the app jars are, the web port, and extra environment for
	 * the web app (such as the first administrator).
	 */
	public record Settings(Path dataDirectory, Path appsDirectory, int webPort, Map<String, String> webEnvironment) {

	}

}
