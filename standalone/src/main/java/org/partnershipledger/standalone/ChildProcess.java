package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A program run as a child process, with its output in a log file. Each app runs in its
 * own JVM so that two Spring Boot apps never share auto-configuration, migrations or
 * properties.
 * <p>
 * Where {@code setsid} exists the child runs in a session of its own, so that a Ctrl-C in
 * the terminal reaches the launcher only, which then stops the parts in order (the web
 * app before the broker and the database it still needs to finish its work).
 */
final class ChildProcess implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private static final Path SETSID = Path.of("/usr/bin/setsid");

	private final String name;

	private final Process process;

	private final Path log;

	private final Signal stopSignal;

	/** Where this run's output begins in the log, which earlier runs may have written. */
	private final long logStart;

	private ChildProcess(String name, Process process, Path log, Signal stopSignal, long logStart) {
		this.name = name;
		this.process = process;
		this.log = log;
		this.stopSignal = stopSignal;
		this.logStart = logStart;
	}

	/** Starts {@code java <arguments>} with extra environment variables. */
	static ChildProcess java(String name, List<String> arguments, Map<String, String> environment, Path log)
			throws IOException {
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(arguments);
		return start(name, command, environment, log, Signal.TERM);
	}

	/**
	 * Starts a program; {@link #close()} stops it with {@code stopSignal}, then kills it
	 * after a grace period.
	 */
	static ChildProcess start(String name, List<String> command, Map<String, String> environment, Path log,
			Signal stopSignal) throws IOException {
		Files.createDirectories(log.getParent());
		List<String> full = new ArrayList<>();
		if (Files.isExecutable(SETSID)) {
			full.add(SETSID.toString());
		}
		full.addAll(command);
		ProcessBuilder builder = new ProcessBuilder(full).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
		builder.environment().putAll(environment);
		long logStart = Files.exists(log) ? Files.size(log) : 0;
		return new ChildProcess(name, builder.start(), log, stopSignal, logStart);
	}

	String name() {
		return this.name;
	}

	Path log() {
		return this.log;
	}

	long pid() {
		return this.process.pid();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	/**
	 * The exit code once it has ended, as a shell shows it (128 + signal when killed).
	 */
	Integer exitCode() {
		return this.process.isAlive() ? null : this.process.exitValue();
	}

	/** Sends a signal; true if it was delivered. */
	boolean signal(Signal signal) {
		if (!this.process.isAlive()) {
			return false;
		}
		if (signal == Signal.KILL) {
			this.process.destroyForcibly();
			return true;
		}
		if (signal == Signal.TERM) {
			this.process.destroy();
			return true;
		}
		try {
			Process kill = new ProcessBuilder("kill", "-" + signal.name(), Long.toString(pid())).inheritIO().start();
			return kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** Waits until it has ended; false if it still runs after the timeout. */
	boolean awaitExit(Duration timeout) throws InterruptedException {
		return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
	}

	/** Runs to completion and fails if the exit code is not 0. */
	void awaitSuccess(Duration timeout) throws InterruptedException {
		if (!this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
			this.process.destroyForcibly();
			throw new IllegalStateException(this.name + " did not finish in " + timeout + "; see " + this.log);
		}
		if (this.process.exitValue() != 0) {
			throw new IllegalStateException(this.name + " failed with exit code " + this.process.exitValue() + "; see "
					+ this.log + ". It ended with:\n" + lastOutput());
		}
	}

	/**
	 * The last lines this run wrote to its log, leaving out indented ones (a Java tool's
	 * configuration dump, a stack trace's frames): the message a failure ends with, kept
	 * in the exception since the log itself may be gone by the time anyone reads it.
	 */
	private String lastOutput() {
		try (RandomAccessFile file = new RandomAccessFile(this.log.toFile(), "r")) {
			long from = Math.max(this.logStart, file.length() - 64 * 1024);
			byte[] bytes = new byte[(int) (file.length() - from)];
			file.seek(from);
			file.readFully(bytes);
			List<String> lines = new String(bytes, StandardCharsets.UTF_8).lines()
				.filter((line) -> !line.isBlank() && !Character.isWhitespace(line.charAt(0)))
				.toList();
			return (lines.isEmpty()) ? "(nothing)"
					: String.join("\n", lines.subList(Math.max(0, lines.size() - 12), lines.size()));
		}
		catch (IOException ex) {
			return "(the log could not be read: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops it with its stop signal and waits; kills it when it does not stop in time.
	 */
	@Override
	public void close() {
		if (!this.process.isAlive()) {
			return;
		}
		signal(this.stopSignal);
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

	/** The POSIX signals the launcher sends. */
	enum Signal {

		/** Asks a program to stop; PostgreSQL: smart shutdown. */
		TERM,
		/**
		 * PostgreSQL: fast shutdown (rolls back open transactions, then a checkpoint).
		 */
		INT,
		/**
		 * PostgreSQL: immediate shutdown (no checkpoint; recovers from its WAL at start).
		 */
		QUIT,
		/** Ends it at once, as a crash would. */
		KILL

	}

}
