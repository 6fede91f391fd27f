package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/** One of the two Spring Boot apps, run from its executable jar in its own JVM. */
final class SpringApp implements AutoCloseable, Supervised {

	/** The environment variable that sets the address a Spring Boot app listens on. */
	static final String SERVER_ADDRESS = "SERVER_ADDRESS";

	/** The address the parts listen on unless told otherwise: this machine only. */
	static final String LOOPBACK = "127.0.0.1";

	private static final Set<String> LOCAL_ADDRESSES = Set.of(LOOPBACK, "localhost", "::1", "0.0.0.0", "::", "[::]");

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private final String name;

	private final String description;

	private final Path jar;

	private final int port;

	private final Map<String, String> environment;

	private final List<String> arguments;

	private final Path log;

	private volatile ChildProcess process;

	private SpringApp(String name, String description, Path jar, int port, Map<String, String> environment,
			List<String> arguments, Path logs) {
		this.name = name;
		this.description = description;
		this.jar = jar;
		this.port = port;
		this.environment = new HashMap<>(environment);
		this.environment.put("SERVER_PORT", Integer.toString(port));
		this.arguments = List.copyOf(arguments);
		this.log = logs.resolve(name + ".log");
	}

	/**
	 * Starts {@code java -jar <jar> <arguments>} with the environment and the port, and
	 * waits until it reports ready.
	 * @param name the jar's and the log's name
	 * @param description what people call it
	 */
	static SpringApp start(String name, String description, Path jar, int port, Map<String, String> environment,
			List<String> arguments, Path logs) throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + name + " jar at " + jar + "; build the project first");
		}
		SpringApp app = new SpringApp(name, description, jar, port, environment, arguments, logs);
		app.launch();
		return app;
	}

	private void launch() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("-Xmx768m", "-jar", this.jar.toString()));
		command.addAll(this.arguments);
		this.process = ChildProcess.java(this.name, command, this.environment, this.log);
		try {
			awaitHealthy();
		}
		catch (InterruptedException | RuntimeException ex) {
			this.process.close();
			throw ex;
		}
	}

	/**
	 * Where it answers: {@code localhost} when it listens on the loopback address (the
	 * default) or on every address, otherwise the address it listens on.
	 */
	String baseUrl() {
		return baseUrl(this.environment.getOrDefault(SERVER_ADDRESS, LOOPBACK), this.port);
	}

	static String baseUrl(String address, int port) {
		String host = (LOCAL_ADDRESSES.contains(address)) ? "localhost"
				: (address.contains(":") ? "[" + address + "]" : address);
		return "http://" + host + ":" + port;
	}

	private void awaitHealthy() throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.description + " stopped while starting (exit code "
						+ this.process.exitCode() + "); see " + this.log);
			}
			try {
				HttpResponse<String> response = client.send(health, HttpResponse.BodyHandlers.ofString());
				if (response.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// not listening yet
			}
			TimeUnit.MILLISECONDS.sleep(500);
		}
		throw new IllegalStateException(
				this.description + " was not healthy in " + READY_TIMEOUT + "; see " + this.process.log());
	}

	@Override
	public String name() {
		return this.description;
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

	/** Starts it again with the same settings on the same port. */
	@Override
	public void restart() throws IOException, InterruptedException {
		if (this.process.isAlive()) {
			throw new IllegalStateException(this.description + " is still running");
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
