package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;

/**
 * The launcher run as a person runs it ({@code java -jar partnership-ledger.jar ...}: its
 * main class in a JVM of its own), with its output in a file, and stopped as with Ctrl-C.
 */
final class LauncherProcess implements AutoCloseable {

	private final Process process;

	private final Path output;

	private final Path data;

	private LauncherProcess(Process process, Path output, Path data) {
		this.process = process;
		this.output = output;
		this.data = data;
	}

	static LauncherProcess start(Path data, String name, String... arguments) {
		try {
			Path output = data.resolveSibling(data.getFileName() + "-" + name + ".out");
			// the launcher's main class on this test's class path: the jar is packaged
			// only after
			// the tests
			List<String> command = new ArrayList<>(
					List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
							"-Dledger.apps.dir=" + Path.of("target", "apps").toAbsolutePath(), "-cp",
							System.getProperty("java.class.path"), Standalone.class.getName(), "--data",
							data.toString(), "--port", "0"));
			command.addAll(List.of(arguments));
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new LauncherProcess(process, output, data);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String output() {
		try {
			return Files.readString(this.output);
		}
		catch (IOException ex) {
			return "";
		}
	}

	/** Waits until it says it is running. */
	LauncherProcess awaitRunning() {
		await().atMost(Duration.ofMinutes(8)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The launcher stopped: " + output());
			}
			return output().contains("is running at");
		});
		return this;
	}

	/** What the running launcher wrote in its run file, once it has written it. */
	Properties runFile() {
		Path file = this.data.resolve("run").resolve(RunFile.NAME);
		await().atMost(Duration.ofMinutes(8)).until(() -> {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("The launcher stopped: " + output());
			}
			return Files.exists(file) && Files.readString(file).contains("web.url");
		});
		Properties properties = new Properties();
		try (var in = Files.newInputStream(file)) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

	/**
	 * Stops it as Ctrl-C does: SIGINT, or SIGTERM (the same for the launcher: its
	 * shutdown hook stops everything in order) when this process was started with SIGINT
	 * ignored, as a background job of a shell is, since the launcher then inherits that.
	 * @return the signal sent
	 */
	String interrupt() {
		String signal = sigintIgnored() ? "TERM" : "INT";
		try {
			new ProcessBuilder("kill", "-" + signal, Long.toString(this.process.pid())).inheritIO()
				.start()
				.waitFor(10, TimeUnit.SECONDS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		return signal;
	}

	/** Waits for it to end; its exit code. */
	int awaitExit() {
		await().atMost(Duration.ofMinutes(3)).until(() -> !this.process.isAlive());
		return this.process.exitValue();
	}

	private static boolean sigintIgnored() {
		try {
			for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
				if (line.startsWith("SigIgn:")) {
					return (Long.parseLong(line.substring(7).strip(), 16) & 0x2) != 0;
				}
			}
		}
		catch (IOException | NumberFormatException ex) {
			// not Linux: assume a terminal's defaults
		}
		return false;
	}

	@Override
	public void close() {
		if (this.process.isAlive()) {
			this.process.destroy();
			try {
				if (!this.process.waitFor(2, TimeUnit.MINUTES)) {
					this.process.destroyForcibly();
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

}
