package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one process), run from the
 * Kafka artifacts on this program's class path as a child process. Its log directory is
 * kept between runs, so the topic, and with it every published event, survives a restart.
 * <p>
 * Kafka's defaults leave flushing its log to the operating system and count on
 * replication for durability; a single broker has no replica, so unless started with
 * {@code durable} false it flushes every record to disk before acknowledging it, and a
 * record the relay was told is stored survives a crash of the machine.
 * <p>
 * Clients sign in with SASL/SCRAM-SHA-512 ({@link KafkaAccounts}); the StandardAuthorizer
 * refuses whatever no ACL allows ({@link KafkaPermissions}), set again on every start as
 * the broker's super user.
 */
final class KafkaBroker implements AutoCloseable, Supervised {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private static final int FORMAT_ATTEMPTS = 3;

	private static final Duration FORMAT_RETRY_PAUSE = Duration.ofSeconds(2);

	private final Path config;

	private final Path log;

	private final String bootstrapServers;

	private final KafkaAccounts accounts;

	private volatile ChildProcess process;

	private KafkaBroker(Path config, Path log, String bootstrapServers, KafkaAccounts accounts) {
		this.config = config;
		this.log = log;
		this.bootstrapServers = bootstrapServers;
		this.accounts = accounts;
	}

	static KafkaBroker start(Path directory, Path logs, boolean durable) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Path logDirectory = directory.resolve("log");
		int brokerPort = Ports.free();
		int controllerPort = Ports.free();
		Path config = directory.resolve("server.properties");
		KafkaAccounts accounts = KafkaAccounts.in(directory);
		writeConfig(config, logDirectory, brokerPort, controllerPort, durable, accounts);
		if (!Files.exists(logDirectory.resolve("meta.properties"))) {
			format(classPath(), clusterId(directory), config, logs.resolve("kafka-format.log"));
		}
		KafkaBroker kafka = new KafkaBroker(config, logs.resolve("kafka.log"), "localhost:" + brokerPort, accounts);
		kafka.launch();
		return kafka;
	}

	private void launch() throws IOException, InterruptedException {
		this.process = ChildProcess.java("kafka",
				List.of("-Xmx512m", "-cp", classPath(), "kafka.Kafka", this.config.toString()), Map.of(), this.log);
		try {
			awaitReady(KafkaPermissions.superUserByPlain(admin()),
					(admin) -> KafkaPermissions.apply(admin, this.accounts));
			awaitReady(admin().clientProperties(), (admin) -> {
			});
		}
		catch (InterruptedException | RuntimeException ex) {
			close();
			throw ex;
		}
	}

	private static String classPath() {
		return System.getProperty("java.class.path");
	}

	/**
	 * Formats the log directory once; a directory already formatted is left as it is.
	 * Tried up to three times, since a first start on a busy machine has been seen to
	 * fail (each failure is printed with what the tool said).
	 */
	private static void format(String classPath, String clusterId, Path config, Path log)
			throws IOException, InterruptedException {
		List<String> command = List.of("-Xmx256m", "-cp", classPath, "kafka.tools.StorageTool", "format",
				"--ignore-formatted", "-t", clusterId, "-c", config.toString());
		for (int attempt = 1;; attempt++) {
			try {
				ChildProcess.java("kafka-storage-format", command, Map.of(), log).awaitSuccess(Duration.ofMinutes(2));
				return;
			}
			catch (IllegalStateException failed) {
				if (attempt == FORMAT_ATTEMPTS) {
					throw failed;
				}
				System.err.println("Formatting Kafka's log directory failed (attempt " + attempt + " of "
						+ FORMAT_ATTEMPTS + "): " + failed.getMessage() + "\nTrying again.");
				Thread.sleep(FORMAT_RETRY_PAUSE.toMillis());
			}
		}
	}

	String bootstrapServers() {
		return this.bootstrapServers;
	}

	/** The broker's super user, for the launcher and its tools. */
	KafkaLogin admin() {
		return this.accounts.admin(this.bootstrapServers);
	}

	/** The command side's account: it may write the topic. */
	KafkaLogin commandSide() {
		return this.accounts.commandSide(this.bootstrapServers);
	}

	/** The web app's account: it may read the topic as its consumer group. */
	KafkaLogin webApp() {
		return this.accounts.webApp(this.bootstrapServers);
	}

	private static String clusterId(Path directory) throws IOException {
		Path file = directory.resolve("cluster.id");
		if (!Files.exists(file)) {
			// a cluster id is 16 bytes, base64url without padding, as kafka-storage
			// random-uuid makes
			UUID uuid = UUID.randomUUID();
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.allocate(16)
				.putLong(uuid.getMostSignificantBits())
				.putLong(uuid.getLeastSignificantBits());
			Files.writeString(file, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array()));
		}
		return Files.readString(file).strip();
	}

	private static void writeConfig(Path config, Path logDirectory, int brokerPort, int controllerPort, boolean durable,
			KafkaAccounts accounts) throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
		properties.setProperty("listeners",
				"BROKER://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
		properties.setProperty("advertised.listeners", "BROKER://localhost:" + brokerPort);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.putAll(KafkaPermissions.brokerSettings(accounts));
		properties.setProperty("log.dirs", logDirectory.toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		properties.setProperty("auto.create.topics.enable", "false");
		properties.putAll(durabilitySettings(durable));
		// it holds the super user's password: owner only
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		properties.store(out, "Written by the Partnership Ledger launcher at each start");
		PrivateFiles.write(config, out.toByteArray());
	}

	/**
	 * Flush every record (of every topic, the consumer offsets included) before
	 * acknowledging it; Kafka's defaults, left as they are when not durable, leave it to
	 * the operating system.
	 */
	static Map<String, String> durabilitySettings(boolean durable) {
		return durable ? Map.of("log.flush.interval.messages", "1") : Map.of();
	}

	/**
	 * Waits until an admin client with these settings reaches the broker, then does what
	 * it is given with it (tried again until it works, or the time is up).
	 */
	private void awaitReady(Map<String, Object> settings, AdminTask task) throws InterruptedException {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		Map<String, Object> config = new HashMap<>(settings);
		config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
		config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
		Exception last = null;
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The Kafka broker stopped while starting; see " + this.process.log());
			}
			try (Admin admin = Admin.create(config)) {
				admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
				task.run(admin);
				return;
			}
			catch (InterruptedException ex) {
				throw ex;
			}
			catch (Exception notYet) {
				last = notYet;
				TimeUnit.MILLISECONDS.sleep(500);
			}
		}
		throw new IllegalStateException("The Kafka broker was not ready in " + READY_TIMEOUT + " (last: "
				+ ((last != null) ? last.getMessage() : "none") + "); see " + this.process.log());
	}

	/** Something done with an admin client once the broker is ready. */
	@FunctionalInterface
	private interface AdminTask {

		void run(Admin admin) throws Exception;

	}

	@Override
	public String name() {
		return "The Kafka broker";
	}

	@Override
	public boolean isRunning() {
		return this.process.isAlive();
	}

	@Override
	public Integer exitCode() {
		return this.process.exitCode();
	}

	@Override
	public Path log() {
		return this.log;
	}

	@Override
	public long pid() {
		return this.process.pid();
	}

	/** Starts it again on the same ports and log directory. */
	@Override
	public void restart() throws IOException, InterruptedException {
		if (this.process.isAlive()) {
			throw new IllegalStateException("The Kafka broker is still running");
		}
		launch();
	}

	@Override
	public boolean stop(ChildProcess.Signal signal, Duration timeout) throws InterruptedException {
		this.process.signal(signal);
		return this.process.awaitExit(timeout);
	}

	@Override
	public void close() {
		this.process.close();
	}

}
