package org.partnershipledger.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Java program run as a child process, with its output in a log file. Each app runs in
 * its own JVM so that two Spring Boot apps never share auto-configuration, migrations or
 * properties.
 */
final class ChildProcess implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private final String name;

	private final Process process;

	private final Path log;

	private ChildProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/** Starts {@code java <jvmArgs> <arguments>} with extra environment variables. */
	static ChildProcess start(String name, List<String> arguments, Map<String, String> environment, Path log)
			throws IOException {
		Files.createDirectories(log.getParent());
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		return new ChildProcess(name, builder.start(), log);
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/** Runs to completion and fails if the exit code is not 0. */
	void awaitSuccess(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException(this.name + " did not finish in " + timeout + "; see " + this.log);
		}
		if (this.process.exitValue() != 0) {
			throw new IllegalStateException(
					this.name + " failed with exit code " + this.process.exitValue() + "; see " + this.log);
		}
	}

	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		this.process.destroy();
		try {
			if (!this.process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				this.process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			this.process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

}
