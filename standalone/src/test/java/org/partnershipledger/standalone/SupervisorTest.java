package org.partnershipledger.standalone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The supervisor restarts a part that stops, says so, and gives up (stopping everything)
 * on one that cannot be kept running. Played with real processes: {@code sleep} for a
 * part that runs, {@code false} for one that cannot start.
 */
class SupervisorTest {

	private static final Supervisor.Policy QUICK = new Supervisor.Policy(3, Duration.ofMinutes(1),
			Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(50));

	@TempDir
	Path folder;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();

	@Test
	void aPartThatIsKilledIsReportedAndStartedAgain() throws Exception {
		Program sleeper = new Program("The sleeper", List.of("sleep", "600"), this.folder);
		CompletableFuture<String> gaveUp = new CompletableFuture<>();
		try (Supervisor supervisor = new Supervisor(List.of(sleeper), QUICK, print(), gaveUp::complete)) {
			supervisor.start();
			long first = sleeper.pid();
			sleeper.stop(ChildProcess.Signal.KILL, Duration.ofSeconds(10));

			await().until(() -> supervisor.restarts().size() == 1 && sleeper.isRunning());
			assertThat(sleeper.pid()).isNotEqualTo(first);
			assertThat(supervisor.restarts().get(0).exitCode()).isEqualTo(137);
			assertThat(output()).contains("The sleeper stopped unexpectedly (exit code 137)",
					"The sleeper is running again");
			assertThat(gaveUp).isNotDone();
		}
		finally {
			sleeper.stop(ChildProcess.Signal.KILL, Duration.ofSeconds(10));
		}
	}

	@Test
	void aPartHeldForMaintenanceIsLeftStopped() throws Exception {
		Program sleeper = new Program("The sleeper", List.of("sleep", "600"), this.folder);
		try (Supervisor supervisor = new Supervisor(List.of(sleeper), QUICK, print(), (reason) -> {
		})) {
			supervisor.start();
			supervisor.hold(sleeper);
			sleeper.stop(ChildProcess.Signal.TERM, Duration.ofSeconds(10));
			sleeper.restart();
			supervisor.release(sleeper);
			sleeper.stop(ChildProcess.Signal.KILL, Duration.ofSeconds(10));
			await().until(() -> supervisor.restarts().size() == 1);
		}
		finally {
			sleeper.stop(ChildProcess.Signal.KILL, Duration.ofSeconds(10));
		}
	}

	@Test
	void aPartThatCannotBeKeptRunningIsGivenUpOnWithTheReason() throws Exception {
		Program failing = new Program("The failing part", List.of("false"), this.folder);
		CompletableFuture<String> gaveUp = new CompletableFuture<>();
		try (Supervisor supervisor = new Supervisor(List.of(failing), QUICK, print(), gaveUp::complete)) {
			supervisor.start();
			String reason = gaveUp.get(30, TimeUnit.SECONDS);
			assertThat(reason).contains("The failing part could not be kept running: it stopped 4 times within 1 min",
					"exit code 1");
			assertThat(supervisor.restarts()).hasSize(3);
		}
	}

	private PrintStream print() {
		return new PrintStream(this.out, true, StandardCharsets.UTF_8);
	}

	private String output() {
		return this.out.toString(StandardCharsets.UTF_8);
	}

	/** A program as a supervised part; restarted, it runs the same command again. */
	private static final class Program implements Supervised {

		private final String name;

		private final List<String> command;

		private final Path log;

		private volatile ChildProcess process;

		Program(String name, List<String> command, Path folder) throws IOException {
			this.name = name;
			this.command = command;
			this.log = folder.resolve("program.log");
			restart();
		}

		@Override
		public String name() {
			return this.name;
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

		@Override
		public void restart() throws IOException {
			this.process = ChildProcess.start(this.name, this.command, Map.of(), this.log, ChildProcess.Signal.TERM);
		}

		@Override
		public boolean stop(ChildProcess.Signal signal, Duration timeout) throws InterruptedException {
			this.process.signal(signal);
			return this.process.awaitExit(timeout);
		}

	}

}
