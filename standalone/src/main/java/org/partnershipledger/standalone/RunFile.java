package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * {@code run/ledger.properties} in the data directory while a launcher runs on it: which
 * launcher, and once it is running the addresses of its servers and the ids of its
 * processes. Tools such as {@code check} find the running system through it; a launcher
 * that finds the file of one that was killed stops the processes it left behind before it
 * starts its own; one that finds a live launcher on the same directory refuses to start.
 */
final class RunFile implements AutoCloseable {

	static final String NAME = "ledger.properties";

	private final Path file;

	private RunFile(Path file) {
		this.file = file;
	}

	static RunFile claim(Path dataDirectory) throws IOException, InterruptedException {
		Path file = dataDirectory.resolve("run").resolve(NAME);
		Optional<Properties> earlier = read(dataDirectory);
		if (earlier.isPresent()) {
			Properties properties = earlier.get();
			if (alive(properties, "launcher")) {
				throw new IllegalStateException("Another launcher (process " + properties.getProperty("launcher.pid")
						+ ") runs on " + dataDirectory + "; stop it first, or use another --data directory");
			}
			for (String part : new String[] { "web-app", "command-side", "kafka" }) {
				if (alive(properties, part)) {
					long pid = Long.parseLong(properties.getProperty(part + ".pid"));
					System.out.println("Stopping the " + part + " (process " + pid
							+ ") left running by an earlier launcher that did not stop ...");
					ProcessHandle.of(pid).ifPresent((process) -> {
						process.destroy();
						try {
							process.onExit().get(30, TimeUnit.SECONDS);
						}
						catch (Exception ex) {
							process.destroyForcibly();
						}
					});
				}
			}
		}
		Files.createDirectories(file.getParent());
		RunFile runFile = new RunFile(file);
		Properties properties = new Properties();
		put(properties, "launcher", ProcessHandle.current());
		runFile.store(properties);
		return runFile;
	}

	/** What the launcher running on the data directory wrote, if one runs there. */
	static Optional<Properties> running(Path dataDirectory) throws IOException {
		return read(dataDirectory).filter((properties) -> alive(properties, "launcher"));
	}

	private static Optional<Properties> read(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("run").resolve(NAME);
		if (!Files.exists(file)) {
			return Optional.empty();
		}
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		return Optional.of(properties);
	}

	/** Records the running system's addresses and processes. */
	void write(LedgerSystem system) throws IOException {
		Properties properties = new Properties();
		put(properties, "launcher", ProcessHandle.current());
		properties.setProperty("web.url", system.webUrl());
		properties.setProperty("command-side.url", system.commandSideUrl());
		properties.setProperty("events.jdbc", system.jdbcUrl(Database.EVENT_STORE));
		properties.setProperty("views.jdbc", system.jdbcUrl(Database.VIEWS));
		properties.setProperty("kafka.bootstrap", system.kafkaBootstrapServers());
		properties.setProperty("durable", Boolean.toString(system.isDurable()));
		pid(properties, "web-app", system.pid(LedgerSystem.Part.WEB_APP));
		pid(properties, "command-side", system.pid(LedgerSystem.Part.COMMAND_SIDE));
		pid(properties, "kafka", system.pid(LedgerSystem.Part.BROKER));
		store(properties);
	}

	private static void pid(Properties properties, String part, long pid) {
		ProcessHandle.of(pid).ifPresent((process) -> put(properties, part, process));
	}

	private static void put(Properties properties, String part, ProcessHandle process) {
		properties.setProperty(part + ".pid", Long.toString(process.pid()));
		properties.setProperty(part + ".started",
				process.info().startInstant().map(Instant::toString).orElse("unknown"));
	}

	/** Whether the process recorded under {@code part} still runs (the same one). */
	private static boolean alive(Properties properties, String part) {
		String pid = properties.getProperty(part + ".pid");
		if (pid == null) {
			return false;
		}
		return ProcessHandle.of(Long.parseLong(pid))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info()
				.startInstant()
				.map(Instant::toString)
				.orElse("unknown")
				.equals(properties.getProperty(part + ".started")))
			.isPresent();
	}

	private void store(Properties properties) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		properties.store(out, "Written by the Partnership Ledger launcher while it runs");
		PrivateFiles.write(this.file, out.toByteArray());
	}

	@Override
	public void close() throws IOException {
		Files.deleteIfExists(this.file);
	}

}
