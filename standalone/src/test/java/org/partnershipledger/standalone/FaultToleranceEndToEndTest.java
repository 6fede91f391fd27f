package org.partnershipledger.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults played on the whole system as the launcher runs it (real PostgreSQL, a real
 * Kafka broker, both apps as child processes), each under a steady load of commands
 * through the public API and each ending with the invariant check: nothing lost, nothing
 * stuck. Each prints what it saw. The broker outage lasts
 * {@code ledger.fault.broker-outage} (15 s here; the README's soak command runs it for 60
 * s).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultToleranceEndToEndTest {

	private static final Duration BROKER_OUTAGE = Duration
		.parse(System.getProperty("ledger.fault.broker-outage", "PT15S"));

	private static final Duration DATABASE_OUTAGE = Duration.ofSeconds(5);

	private static final int WRITERS = 4;

	@Test
	@Order(1)
	void f1BrokerStoppedAndStartedAgainLosesNothingAndTheViewsCatchUp() throws Exception {
		LedgerSystem system = FaultLedger.system();
		try (CommandLoad load = new CommandLoad(FaultLedger.commissioner(), WRITERS).start()) {
			load.awaitAccepted(20);
			long before = load.accepted();
			system.stop(LedgerSystem.Part.BROKER, ChildProcess.Signal.TERM);
			hold(BROKER_OUTAGE);
			long duringOutage = load.accepted() - before;
			Instant back = Instant.now();
			system.resume(LedgerSystem.Part.BROKER);
			Instant restarted = Instant.now();
			CommandLoad.Recovery recovery = load.awaitRecovery(restarted);
			CommandLoad.Summary summary = load.stop();
			InvariantReport report = FaultLedger.checkInvariants("F1");
			print("F1",
					"broker stopped for " + BROKER_OUTAGE.toSeconds() + " s: " + summary.describe() + "; "
							+ duringOutage + " accepted while the broker was down; broker ready again "
							+ seconds(back, restarted) + " s after its restart began; then " + recovery.describe()
							+ "; records sent again on the topic (ignored by the views): " + report.topicDuplicates());
			assertThat(duringOutage).as("commands accepted while the broker was down").isPositive();
			assertThat(summary.badAnswers()).isEmpty();
			assertThat(summary.outOfOrder()).isEmpty();
		}
	}

	@Test
	@Order(2)
	void f2WebAppKilledMidBatchIsRestartedByTheSupervisorAndAppliesEveryEventOnce() throws Exception {
		LedgerSystem system = FaultLedger.system();
		try (CommandLoad load = new CommandLoad(FaultLedger.commissioner(), WRITERS).start()) {
			load.awaitAccepted(20);
			int restartsBefore = system.restarts().size();
			Instant killed = Instant.now();
			system.kill(LedgerSystem.Part.WEB_APP);
			await().atMost(Duration.ofMinutes(5))
				.until(() -> system.restarts().size() > restartsBefore
						&& system.restarts().get(system.restarts().size() - 1).readyAt() != null);
			Supervisor.Restart restart = system.restarts().get(system.restarts().size() - 1);
			CommandLoad.Recovery recovery = load.awaitRecovery(restart.readyAt());
			CommandLoad.Summary summary = load.stop();
			InvariantReport report = FaultLedger.checkInvariants("F2");
			print("F2",
					"web app killed (SIGKILL) under load: " + summary.describe() + "; the supervisor found it "
							+ "stopped (exit code " + restart.exitCode() + ") and had it running again, views ready, "
							+ seconds(killed, restart.readyAt()) + " s after the kill; then " + recovery.describe()
							+ "; records sent again on the topic (ignored by the views): " + report.topicDuplicates());
			assertThat(restart.part()).isEqualTo("The web app");
			assertThat(summary.badAnswers()).isEmpty();
			assertThat(summary.outOfOrder()).isEmpty();
		}
	}

	@Test
	@Order(3)
	void f4EventStoreRestartedFastAndImmediateRefusesCommandsWithA503AndRecovers() throws Exception {
		for (ChildProcess.Signal mode : List.of(ChildProcess.Signal.INT, ChildProcess.Signal.QUIT)) {
			String how = (mode == ChildProcess.Signal.INT) ? "fast" : "immediate";
			LedgerSystem system = FaultLedger.system();
			try (CommandLoad load = new CommandLoad(FaultLedger.commissioner(), WRITERS).start()) {
				load.awaitAccepted(10);
				Instant stopped = Instant.now();
				system.stop(LedgerSystem.Part.DATABASE, mode);
				hold(DATABASE_OUTAGE);
				system.resume(LedgerSystem.Part.DATABASE);
				Instant back = Instant.now();
				CommandLoad.Recovery recovery = load.awaitRecovery(back);
				CommandLoad.Summary summary = load.stop();
				FaultLedger.checkInvariants("F4 " + how);
				print("F4",
						"PostgreSQL stopped (" + how + " shutdown) for " + seconds(stopped, back)
								+ " s under load, restart included: " + summary.describe() + "; once it was back, "
								+ recovery.describe());
				assertThat(summary.badAnswers()).as("answers other than a 503 problem").isEmpty();
				assertThat(summary.outOfOrder()).isEmpty();
			}
		}
	}

	@Test
	@Order(4)
	void f5SixtyFourConcurrentWritersOnOnePartnershipEachSequenceNumberHasOneWinner() throws Exception {
		LedgerApi commissioner = FaultLedger.commissioner();
		String id = commissioner.post("/api/v1/partnerships", Journeys.registration("Crowded " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		String bystander = commissioner
			.post("/api/v1/partnerships", Journeys.registration("Bystander " + UUID.randomUUID()))
			.expect(201)
			.json()
			.path("partnershipId")
			.asText();
		int writers = 64;
		int each = 2;
		AtomicInteger unanswered = new AtomicInteger();
		CyclicBarrier together = new CyclicBarrier(writers + 1);
		ExecutorService pool = Executors.newFixedThreadPool(writers + 1);
		PoolWatch poolWatch = new PoolWatch(FaultLedger.system().commandSideUrl());
		Future<List<Duration>> bystanderLatencies = pool.submit(() -> {
			together.await();
			List<Duration> latencies = new ArrayList<>();
			for (int i = 0; i < each; i++) {
				Instant sent = Instant.now();
				Map<String, Object> notice = crowdNotice();
				String key = UUID.randomUUID().toString();
				LedgerApi.Response answer = crowdCommand(commissioner, bystander, notice, key, unanswered);
				while (answer == null) {
					answer = crowdCommand(commissioner, bystander, notice, key, unanswered);
				}
				answer.expect(201);
				latencies.add(Duration.between(sent, Instant.now()));
			}
			return latencies;
		});
		Instant started = Instant.now();
		List<Future<List<LedgerApi.Response>>> answers = new ArrayList<>();
		for (int w = 0; w < writers; w++) {
			answers.add(pool.submit(() -> {
				together.await();
				List<LedgerApi.Response> mine = new ArrayList<>();
				for (int i = 0; i < each; i++) {
					Map<String, Object> notice = crowdNotice();
					String key = UUID.randomUUID().toString();
					LedgerApi.Response answer = crowdCommand(commissioner, id, notice, key, unanswered);
					// a loser told to come back, or left without an answer, sends it
					// again with the same Idempotency-Key, as a careful client would
					while (answer == null || (answer.status() == 409 && answer.retryAfter() != null)) {
						if (answer != null) {
							mine.add(answer);
							LockSupport.parkNanos(Duration.ofSeconds(Long.parseLong(answer.retryAfter())).toNanos());
						}
						answer = crowdCommand(commissioner, id, notice, key, unanswered);
					}
					mine.add(answer);
				}
				return mine;
			}));
		}
		Map<Integer, Integer> byStatus = new TreeMap<>();
		Set<Long> versions = new HashSet<>();
		List<String> problems = new ArrayList<>();
		for (Future<List<LedgerApi.Response>> future : answers) {
			for (LedgerApi.Response answer : future.get()) {
				byStatus.merge(answer.status(), 1, Integer::sum);
				if (answer.status() == 201 && !versions.add(answer.json().path("version").asLong())) {
					problems.add("version " + answer.json().path("version").asLong() + " accepted twice");
				}
				if (answer.status() == 409 && answer.retryAfter() == null) {
					problems.add("409 without Retry-After: " + answer.body());
				}
				if (answer.status() >= 500) {
					problems.add(answer.status() + " " + answer.body());
				}
			}
		}
		Instant finished = Instant.now();
		pool.shutdown();
		String poolUse = poolWatch.stop();
		long last = lastSequence(id);
		InvariantReport report = FaultLedger.checkInvariants("F5");
		print("F5",
				writers + " writers x " + each + " commands on one partnership in " + seconds(started, finished)
						+ " s: answers by status " + byStatus + "; versions accepted " + versions.size()
						+ ", each once (losers told 409 with Retry-After and retried; requests left unanswered "
						+ "within 30 s and sent again with their Idempotency-Key: " + unanswered.get()
						+ "); the stream ends at " + last + "; meanwhile commands on another partnership took "
						+ bystanderLatencies.get().stream().map((d) -> d.toMillis() + " ms").toList()
						+ "; the command side's connection pool meanwhile: " + poolUse + "; " + report.events()
						+ " events checked");
		assertThat(problems).isEmpty();
		assertThat(versions).hasSize(writers * each).hasSize(byStatus.getOrDefault(201, 0));
		assertThat(versions).allSatisfy((version) -> assertThat(version).isBetween(1L, last));
		assertThat(last).as("every command applied once, retries with their key included").isEqualTo(versions.size());
	}

	@Test
	@Order(5)
	void f9ReadOnlyDatabaseRefusesCommandsWithA503WritesNothingAndRecovers() throws Exception {
		LedgerSystem system = FaultLedger.system();
		try (CommandLoad load = new CommandLoad(FaultLedger.commissioner(), WRITERS).start()) {
			load.awaitAccepted(10);
			Instant readOnly = Instant.now();
			readOnly(system, true);
			hold(DATABASE_OUTAGE);
			readOnly(system, false);
			Instant writable = Instant.now();
			CommandLoad.Recovery recovery = load.awaitRecovery(writable);
			CommandLoad.Summary summary = load.stop();
			FaultLedger.checkInvariants("F9");
			print("F9",
					"database server read-only (default_transaction_read_only, as a full disk or a standby "
							+ "would be) for " + seconds(readOnly, writable) + " s under load: " + summary.describe()
							+ "; once it was writable, " + recovery.describe());
			assertThat(summary.refusedUnavailable()).as("commands refused with a 503").isPositive();
			assertThat(summary.badAnswers()).as("answers other than a 503 problem").isEmpty();
			assertThat(summary.outOfOrder()).isEmpty();
		}
	}

	/**
	 * Samples the command side's connection pool (its Prometheus metrics) until stopped:
	 * the most connections in use and the most requests waiting for one.
	 */
	private static final class PoolWatch {

		private final HttpClient http = HttpClient.newHttpClient();

		private final HttpRequest metrics;

		private final Thread thread;

		private volatile boolean running = true;

		private double active;

		private double pending;

		PoolWatch(String commandSideUrl) {
			this.metrics = HttpRequest.newBuilder(URI.create(commandSideUrl + "/actuator/prometheus"))
				.timeout(Duration.ofSeconds(5))
				.build();
			this.thread = new Thread(this::sample, "pool-watch");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		private void sample() {
			while (this.running) {
				try {
					for (String line : this.http.send(this.metrics, HttpResponse.BodyHandlers.ofString())
						.body()
						.split("\n")) {
						if (line.startsWith("hikaricp_connections_active{")) {
							this.active = Math.max(this.active, value(line));
						}
						if (line.startsWith("hikaricp_connections_pending{")) {
							this.pending = Math.max(this.pending, value(line));
						}
					}
				}
				catch (IOException | RuntimeException ex) {
					// sampled again next time
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
				LockSupport.parkNanos(Duration.ofMillis(200).toNanos());
			}
		}

		private static double value(String line) {
			return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
		}

		String stop() throws InterruptedException {
			this.running = false;
			this.thread.join();
			return "at most " + (int) this.active + " connections in use and " + (int) this.pending
					+ " commands waiting for one";
		}

	}

	/** One command of the crowd; {@code null} when no answer came (counted). */
	private static LedgerApi.Response crowdCommand(LedgerApi commissioner, String partnershipId,
			Map<String, Object> notice, String idempotencyKey, AtomicInteger unanswered) {
		try {
			return commissioner.post("/api/v1/partnerships/" + partnershipId + "/transparency-notices", notice,
					idempotencyKey);
		}
		catch (IllegalStateException noAnswer) {
			unanswered.incrementAndGet();
			return null;
		}
	}

	private static Map<String, Object> crowdNotice() {
		return Map.of("noticeType", "VOLUNTARY", "reference", "Crowd " + UUID.randomUUID(), "publishedOn",
				"2025-06-01");
	}

	/** The last sequence number the event store holds for a partnership. */
	private static long lastSequence(String partnershipId) throws SQLException {
		try (Connection connection = DriverManager.getConnection(FaultLedger.system().jdbcUrl(Database.EVENT_STORE));
				PreparedStatement statement = connection.prepareStatement(
						"SELECT max(sequencenumber) FROM domainevententry WHERE aggregateidentifier = ?")) {
			statement.setString(1, partnershipId);
			try (ResultSet rows = statement.executeQuery()) {
				rows.next();
				return rows.getLong(1);
			}
		}
	}

	/**
	 * Makes the whole server read-only for new transactions of every session, as a
	 * database whose disk filled up or that was demoted to a standby would be; or
	 * writable again.
	 */
	private static void readOnly(LedgerSystem system, boolean readOnly) throws SQLException {
		try (Connection connection = DriverManager.getConnection(system.jdbcUrl("postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("SET default_transaction_read_only = off");
			statement.execute(readOnly ? "ALTER SYSTEM SET default_transaction_read_only = on"
					: "ALTER SYSTEM RESET default_transaction_read_only");
			statement.execute("SELECT pg_reload_conf()");
		}
	}

	/**
	 * Keeps a fault in place for a while: the outage is the test's subject, not a wait.
	 */
	private static void hold(Duration outage) {
		await().pollDelay(outage).atMost(outage.plusSeconds(30)).until(() -> true);
	}

	private static String seconds(Instant from, Instant to) {
		return String.format("%.1f", Duration.between(from, to).toMillis() / 1000.0);
	}

	private static void print(String fault, String what) {
		System.out.println("[" + fault + "] " + what);
	}

}
