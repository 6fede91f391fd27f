package org.partnershipledger.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B2: from sending a command to seeing its change on the query side, open loop (commands
 * are sent on a timer at a fixed rate, whether or not earlier ones have been answered),
 * at a quarter and at half of B1's most commands/s, spread over B1's partnerships.
 * Visible is measured twice: as an integrator sees it (after the 201, {@code GET
 * /api/v1/partnerships/{id}?minVersion=<answered version>} until it answers with that
 * version and without {@code X-Ledger-Stale}), and in the views' table itself (a watcher
 * reading {@code partnership_overview.version} every 2 ms), which shows the pipeline's
 * own delay without the API's wait loop. At the end every accepted command's event must
 * be in the partnership's events.
 */
final class Visibility {

	private static final Duration DRAIN = Duration.ofSeconds(60);

	private static final long WATCH_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

	private final Ledger ledger;

	private final List<String> partnerships;

	private final Duration duration;

	Visibility(Ledger ledger, List<String> partnerships, Duration duration) {
		this.ledger = ledger;
		this.partnerships = partnerships;
		this.duration = duration;
	}

	ObjectNode run(Report report, double maxPerSecond) throws Exception {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("b1MaxPerSecond", maxPerSecond);
		node.put("secondsPerRate", this.duration.toSeconds());
		node.put("apiVisible", "GET /api/v1/partnerships/{id}?minVersion=<version> answered with that version");
		node.put("viewsVisible", "partnership_overview.version read every 2 ms");
		ArrayNode runs = node.putArray("runs");
		Table table = report.table("B2  Command sent -> visible on the query side, open loop (ms)", "rate", "target/s",
				"sent/s", "seen by", "p50", "p95", "p99", "max", "missing", "statuses");
		for (double share : new double[] { 0.25, 0.5 }) {
			double rate = Math.max(1, Math.round(maxPerSecond * share * 10) / 10.0);
			ObjectNode run = runs.addObject();
			run.put("shareOfB1Max", share);
			run.put("targetPerSecond", rate);
			runAt(rate, run);
			String label = (share == 0.25) ? "1/4 of B1 max" : "1/2 of B1 max";
			table.row(label, rate, run.get("sentPerSecond").asDouble(), "API minVersion",
					run.at("/apiVisible/p50Ms").asDouble(), run.at("/apiVisible/p95Ms").asDouble(),
					run.at("/apiVisible/p99Ms").asDouble(), run.at("/apiVisible/maxMs").asDouble(),
					run.get("missing").asLong(), statuses(run.get("statuses")));
			table.row("", "", "", "views table", run.at("/viewsVisible/p50Ms").asDouble(),
					run.at("/viewsVisible/p95Ms").asDouble(), run.at("/viewsVisible/p99Ms").asDouble(),
					run.at("/viewsVisible/maxMs").asDouble(), "", "");
		}
		table.note("missing: accepted commands whose event is not in the partnership's events at the end");
		return node;
	}

	private void runAt(double rate, ObjectNode result) throws Exception {
		Api api = this.ledger.commissioner();
		Latencies commandLatency = new Latencies();
		Latencies apiVisible = new Latencies();
		Latencies viewsVisible = new Latencies();
		Statuses statuses = new Statuses();
		Map<String, Set<Long>> accepted = new ConcurrentHashMap<>();
		AtomicInteger outstanding = new AtomicInteger();
		AtomicLong sent = new AtomicLong();
		AtomicLong notSeenByApi = new AtomicLong();
		ConcurrentLinkedQueue<Pending> toWatch = new ConcurrentLinkedQueue<>();
		Watcher watcher = new Watcher(this.ledger.jdbcUrl(Ledger.VIEWS), toWatch, viewsVisible);
		watcher.start();
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		long period = (long) (1e9 / rate);
		long started = System.nanoTime();
		long stopAt = started + this.duration.toNanos();
		ticker.scheduleAtFixedRate(() -> {
			if (System.nanoTime() >= stopAt) {
				return;
			}
			String partnershipId = this.partnerships.get((int) (sent.getAndIncrement() % this.partnerships.size()));
			outstanding.incrementAndGet();
			api.postAsync(Ledger.noticePath(partnershipId), Ledger.noticeBody()).thenAccept((answer) -> {
				statuses.add(answer);
				commandLatency.add(answer.nanos());
				if (answer.status() != 201) {
					outstanding.decrementAndGet();
					return;
				}
				long version = answer.json().path("version").asLong();
				accepted.computeIfAbsent(partnershipId, (key) -> ConcurrentHashMap.newKeySet()).add(version);
				toWatch.add(new Pending(partnershipId, version, answer.sentAt()));
				awaitThroughApi(api, partnershipId, version, answer.sentAt(), apiVisible, outstanding, notSeenByApi, 0);
			});
		}, 0, period, TimeUnit.NANOSECONDS);
		while (System.nanoTime() < stopAt) {
			TimeUnit.MILLISECONDS.sleep(50);
		}
		ticker.shutdown();
		ticker.awaitTermination(10, TimeUnit.SECONDS);
		double seconds = (System.nanoTime() - started) / 1e9;
		long drainUntil = System.nanoTime() + DRAIN.toNanos();
		while ((outstanding.get() > 0 || watcher.waiting() > 0) && System.nanoTime() < drainUntil) {
			TimeUnit.MILLISECONDS.sleep(20);
		}
		watcher.stop();
		result.put("sent", sent.get());
		result.put("sentPerSecond", Report.round(sent.get() / seconds));
		commandLatency.summary().into(result.putObject("commandLatency"));
		apiVisible.summary().into(result.putObject("apiVisible"));
		viewsVisible.summary().into(result.putObject("viewsVisible"));
		result.put("notSeenThroughApi", notSeenByApi.get() + outstanding.get());
		result.put("notSeenInViews", watcher.waiting());
		statuses.into(result.putObject("statuses"));
		result.put("missing", missing(api, accepted));
	}

	/**
	 * Reads the overview with minVersion until it has the version (the server waits up to
	 * 5 s per read); gives up after 12 reads.
	 */
	private static void awaitThroughApi(Api api, String partnershipId, long version, long sentAt, Latencies visible,
			AtomicInteger outstanding, AtomicLong notSeen, int attempt) {
		api.getAsync("/api/v1/partnerships/" + partnershipId + "?minVersion=" + version).thenAccept((read) -> {
			if (read.ok() && read.stale() == null && read.json().path("version").asLong(-1) >= version) {
				visible.add(read.answeredAt() - sentAt);
				outstanding.decrementAndGet();
			}
			else if (attempt < 12) {
				awaitThroughApi(api, partnershipId, version, sentAt, visible, outstanding, notSeen, attempt + 1);
			}
			else {
				notSeen.incrementAndGet();
				outstanding.decrementAndGet();
			}
		});
	}

	private static String statuses(JsonNode counts) {
		StringBuilder text = new StringBuilder();
		counts.fields()
			.forEachRemaining((count) -> text.append(text.isEmpty() ? "" : " ")
				.append(count.getKey())
				.append(':')
				.append(count.getValue().asLong()));
		return text.toString();
	}

	/** Accepted commands whose event is not among the partnership's events now. */
	private static long missing(Api api, Map<String, Set<Long>> accepted) {
		long missing = 0;
		for (Map.Entry<String, Set<Long>> entry : accepted.entrySet()) {
			Api.Result events = api.get("/api/v1/partnerships/" + entry.getKey() + "/events");
			Set<Long> present = new HashSet<>();
			for (JsonNode event : events.json()) {
				present.add(event.path("sequenceNumber").asLong());
			}
			for (Long version : entry.getValue()) {
				if (!present.contains(version)) {
					missing++;
				}
			}
		}
		return missing;
	}

	/** An accepted command waiting to be seen in the views. */
	private record Pending(String partnershipId, long version, long sentAt) {

	}

	/**
	 * Reads the versions of the partnerships with pending commands from the views' table
	 * every 2 ms, and notes when each command's version is there.
	 */
	private static final class Watcher {

		private final String jdbcUrl;

		private final ConcurrentLinkedQueue<Pending> incoming;

		private final Latencies visible;

		private final List<Pending> waiting = new ArrayList<>();

		private final AtomicInteger waitingCount = new AtomicInteger();

		private volatile boolean running = true;

		private Thread thread;

		private volatile SQLException failure;

		Watcher(String jdbcUrl, ConcurrentLinkedQueue<Pending> incoming, Latencies visible) {
			this.jdbcUrl = jdbcUrl;
			this.incoming = incoming;
			this.visible = visible;
		}

		void start() {
			this.thread = new Thread(this::watch, "bench-views-watcher");
			this.thread.setDaemon(true);
			this.thread.start();
		}

		int waiting() {
			return this.waitingCount.get() + this.incoming.size();
		}

		void stop() throws InterruptedException, SQLException {
			this.running = false;
			this.thread.join();
			if (this.failure != null) {
				throw this.failure;
			}
		}

		private void watch() {
			try (Connection connection = DriverManager.getConnection(this.jdbcUrl);
					PreparedStatement versions = connection.prepareStatement(
							"select partnership_id, version from partnership_overview where partnership_id = any(?)")) {
				while (this.running) {
					Pending next;
					while ((next = this.incoming.poll()) != null) {
						this.waiting.add(next);
					}
					if (!this.waiting.isEmpty()) {
						check(connection, versions);
					}
					this.waitingCount.set(this.waiting.size());
					TimeUnit.NANOSECONDS.sleep(WATCH_INTERVAL_NANOS);
				}
			}
			catch (SQLException ex) {
				this.failure = ex;
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		private void check(Connection connection, PreparedStatement versions) throws SQLException {
			Set<String> ids = new HashSet<>();
			for (Pending pending : this.waiting) {
				ids.add(pending.partnershipId());
			}
			Array array = connection.createArrayOf("text", ids.toArray());
			versions.setArray(1, array);
			Map<String, Long> current = new HashMap<>();
			try (ResultSet rows = versions.executeQuery()) {
				while (rows.next()) {
					current.put(rows.getString(1), rows.getLong(2));
				}
			}
			long now = System.nanoTime();
			for (Iterator<Pending> pending = this.waiting.iterator(); pending.hasNext();) {
				Pending one = pending.next();
				if (current.getOrDefault(one.partnershipId(), -1L) >= one.version()) {
					this.visible.add(now - one.sentAt());
					pending.remove();
				}
			}
		}

	}

}
