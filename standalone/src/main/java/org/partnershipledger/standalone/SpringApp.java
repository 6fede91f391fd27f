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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One of the two Spring Boot apps, run from its executable jar in its own JVM. */
final class SpringApp implements AutoCloseable {

	private static final Duration READY_TIMEOUT = Duration.ofMinutes(3);

	private final ChildProcess process;

	private final int port;

	private SpringApp(ChildProcess process, int port) {
		this.process = process;
		this.port = port;
	}

	static SpringApp start(String name, Path jar, int port, Map<String, String> environment, Path logs)
			throws IOException, InterruptedException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("No " + name + " jar at " + jar + "; build the project first");
		}
		Map<String, String> env = new java.util.HashMap<>(environment);
		env.put("SERVER_PORT", Integer.toString(port));
		ChildProcess process = ChildProcess.start(name, List.of("-Xmx768m", "-jar", jar.toString()), env,
				logs.resolve(name + ".log"));
		SpringApp app = new SpringApp(process, port);
		try {
			app.awaitHealthy();
		}
		catch (InterruptedException | RuntimeException ex) {
			app.close();
			throw ex;
		}
		return app;
	}

	String baseUrl() {
		return "http://localhost:" + this.port;
	}

	private void awaitHealthy() throws InterruptedException {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
		HttpRequest health = HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		Instant deadline = Instant.now().plus(READY_TIMEOUT);
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(
						this.process.name() + " stopped while starting; see " + this.process.log());
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
				this.process.name() + " was not healthy in " + READY_TIMEOUT + "; see " + this.process.log());
	}

	@Override
	public void close() {
		this.process.close();
	}

}
