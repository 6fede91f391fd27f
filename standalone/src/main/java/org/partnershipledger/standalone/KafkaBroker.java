package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 */
final class KafkaBroker implements AutoCloseable, Supervised {

	private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

	private final Path config;

	private final Path log;

	private final String bootstrapServers;

	private volatile ChildProcess process;

	private KafkaBroker(Path config, Path log, String bootstrapServers) {
		this.config = config;
		this.log = log;
		this.bootstrapServers = bootstrapServers;
	}

	static KafkaBroker start(Path directory, Path logs, boolean durable) throws IOException, InterruptedException {
		Files.createDirectories(directory);
		Path logDirectory = directory.resolve("log");
		int brokerPort = Ports.free();
		int controllerPort = Ports.free();
		Path config = directory.resolve("server.properties");
		writeConfig(config, logDirectory, brokerPort, controllerPort, durable);
		if (!Files.exists(logDirectory.resolve("meta.properties"))) {
			format(classPath(), clusterId(directory), config, logs.resolve("kafka-format.log"));
		}
		KafkaBroker kafka = new KafkaBroker(config, logs.resolve("kafka.log"), "localhost:" + brokerPort);
		kafka.launch();
		return kafka;
	}

	private void launch() throws IOException, InterruptedException {
		this.process = ChildProcess.java("kafka",
				List.of("-Xmx512m", "-cp", classPath(), "kafka.Kafka", this.config.toString()), Map.of(), this.log);
		try {
			awaitReady();
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
	 * Tried twice, since a first start on a busy machine has been seen to fail once.
	 */
	private static void format(String classPath, String clusterId, Path config, Path log)
			throws IOException, InterruptedException {
		List<String> command = List.of("-cp", classPath, "kafka.tools.StorageTool", "format", "--ignore-formatted",
				"-t", clusterId, "-c", config.toString());
		try {
			ChildProcess.java("kafka-storage-format", command, Map.of(), log).awaitSuccess(Duration.ofMinutes(2));
		}
		catch (IllegalStateException firstTry) {
			System.err
				.println("Formatting Kafka's log directory failed once (" + firstTry.getMessage() + "); trying again");
			ChildProcess.java("kafka-storage-format", command, Map.of(), log).awaitSuccess(Duration.ofMinutes(2));
		}
	}

	String bootstrapServers() {
		return this.bootstrapServers;
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

	private static void writeConfig(Path config, Path logDirectory, int brokerPort, int controllerPort, boolean durable)
			throws IOException {
		Properties properties = new Properties();
		properties.setProperty("process.roles", "broker,controller");
		properties.setProperty("node.id", "1");
		properties.setProperty("controller.quorum.voters", "1@localhost:" + controllerPort);
		properties.setProperty("listeners",
				"PLAINTEXT://localhost:" + brokerPort + ",CONTROLLER://localhost:" + controllerPort);
		properties.setProperty("advertised.listeners", "PLAINTEXT://localhost:" + brokerPort);
		properties.setProperty("controller.listener.names", "CONTROLLER");
		properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
		properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
		properties.setProperty("log.dirs", logDirectory.toString());
		properties.setProperty("num.partitions", "3");
		properties.setProperty("offsets.topic.replication.factor", "1");
		properties.setProperty("transaction.state.log.replication.factor", "1");
		properties.setProperty("transaction.state.log.min.isr", "1");
		properties.setProperty("group.initial.rebalance.delay.ms", "0");
		properties.setProperty("auto.create.topics.enable", "false");
		properties.putAll(durabilitySettings(durable));
		try (var out = Files.newOutputStream(config)) {
			properties.store(out, "Written by the Partnership Ledger launcher at each start");
		}
	}

	/**
	 * Flush every record (of every topic, the consumer offsets included) before
	 * acknowledging it; Kafka's defaults, left as they are when not durable, leave it to
	 * the operating system.
	 */
	static Map<String, String> durabilitySettings(boolean durable) {
		return durable ? Map.of("log.flush.interval.messages", "1") : Map.of();
	}

	private void awaitReady() throws InterruptedException {
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000, AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
				5000);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The Kafka broker stopped while starting; see " + this.process.log());
			}
			try (Admin admin = Admin.create(config)) {
				admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
				return;
			}
			catch (Exception notYet) {
				TimeUnit.MILLISECONDS.sleep(500);
			}
		}
		throw new IllegalStateException(
				"The Kafka broker was not ready in " + READY_TIMEOUT + "; see " + this.process.log());
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
