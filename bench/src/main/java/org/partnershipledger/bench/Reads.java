package org.partnershipledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B4: reading a partnership with many events (10,000 by default), and what the projection
 * costs per event as a partnership grows. A young partnership is made through the API and
 * a window of commands (the commissioner's transparency notices and the auditor's
 * findings, in turn) is sent one at a time, each waited for in the views; the partnership
 * of many events is then grown in the event store from the young one's events
 * (renumbered, with fresh ids, see {@link BulkEvents}), carried to the views by the relay
 * and the projection, and the same window is sent at its end. The listener's own timer
 * gives the cost per event; each command's way to the views is split into stages
 * ({@link Stages}). Then each read is timed: the overview, its events, the timeline page
 * (signed in) and the as-of view (recorded axis, at the present, so every event is
 * replayed). Cold is the first request of a kind for a partnership; for more than one
 * cold sample the partnership is grown again as long as the time allows. Warm is the same
 * request repeated.
 */
final class Reads {

	private final Ledger ledger;

	private final int events;

	private final int warmRepeats;

	private final int maxColdCopies;

	private final Duration coldBudget;

	Reads(Ledger ledger, int events, int warmRepeats, int maxColdCopies, Duration coldBudget) {
		this.ledger = ledger;
		this.events = events;
		this.warmRepeats = warmRepeats;
		this.maxColdCopies = maxColdCopies;
		this.coldBudget = coldBudget;
	}

	ObjectNode run(Report report) throws Exception {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("events", this.events);
		PageSession admin = PageSession.signIn(this.ledger.webUrl(), Ledger.ADMIN, this.ledger.password());
		ListenerTimer timer = new ListenerTimer(admin);
		int window = Math.max(5, Math.min(100, this.events / 5));
		ObjectNode cost = node.putObject("projectionCost");
		cost.put("window", window);
		String smallId = this.ledger.registerPartnership("Benchmark partnership, young");
		this.ledger.addProvider(smallId);
		ObjectNode small = costWindow(smallId, window, timer, 1);
		cost.set("small", small);
		BulkEvents bulk = this.ledger.bulkEvents();
		BulkEvents.Template template = bulk.template(smallId);
		int grownSize = this.events - window;
		long growStarted = System.nanoTime();
		String partnershipId = bulk.appendGrown(template, 2, grownSize);
		try (Pipeline pipeline = pipeline()) {
			if (!pipeline.awaitCaughtUp(Duration.ofHours(2))) {
				throw new IllegalStateException("The views did not catch up with the grown partnership");
			}
		}
		double growSeconds = (System.nanoTime() - growStarted) / 1e9;
		node.put("partnershipId", partnershipId);
		node.put("growSeconds", Report.round(growSeconds));
		node.put("growEventsPerSecond", Report.round(grownSize / growSeconds));
		ObjectNode large = costWindow(partnershipId, window, timer, grownSize - 1);
		cost.set("large", large);
		double ratio = large.path("listenerMsPerEvent").asDouble(Double.NaN)
				/ small.path("listenerMsPerEvent").asDouble(Double.NaN);
		cost.put("ratio", Report.round(ratio));
		report
			.table("B4  Projection cost per event as a partnership grows (window of " + window
					+ " commands sent one at a time)", "events in partnership", "listener ms/event",
					"sent->visible p50 ms", "sent->visible p99 ms", "command p50 ms")
			.row(small.get("from").asLong() + "-" + small.get("to").asLong(),
					small.path("listenerMsPerEvent").asDouble(), small.at("/visible/p50Ms").asDouble(),
					small.at("/visible/p99Ms").asDouble(), small.at("/command/p50Ms").asDouble())
			.row(large.get("from").asLong() + "-" + large.get("to").asLong(),
					large.path("listenerMsPerEvent").asDouble(), large.at("/visible/p50Ms").asDouble(),
					large.at("/visible/p99Ms").asDouble(), large.at("/command/p50Ms").asDouble())
			.note("ratio of the listener's ms per event, late/early: " + Report.format(ratio))
			.note("The partnership of " + this.events + " events was grown by appending " + grownSize
					+ " events to the event store (copies of the young one's, renumbered); the relay and the "
					+ "projection carried them to the views in " + Report.format(growSeconds) + " s ("
					+ Report.format(grownSize / growSeconds) + " events/s). Its first command loads the whole "
					+ "stream on the command side.");
		Table where = report.table(
				"B4  Where the time goes from sending a command to seeing it (p50 ms; one at a time)",
				"events in partnership", "command", "relay", "kafka+listener", "projection", "total");
		for (ObjectNode measured : List.of(small, large)) {
			where.row(measured.get("from").asLong() + "-" + measured.get("to").asLong(),
					measured.at("/stages/command/p50Ms").asDouble(), measured.at("/stages/relay/p50Ms").asDouble(),
					measured.at("/stages/kafka+listener/p50Ms").asDouble(),
					measured.at("/stages/projection/p50Ms").asDouble(), measured.at("/visible/p50Ms").asDouble());
		}
		where.note("command: sent -> stored; relay: stored -> handed to Kafka; kafka+listener: -> the projection's "
				+ "transaction began; projection: -> readable");

		List<String> coldPartnerships = new ArrayList<>();
		coldPartnerships.add(partnershipId);
		coldPartnerships.addAll(copies(bulk, template, growSeconds, node));
		PageSession commissioner = PageSession.signIn(this.ledger.webUrl(), Ledger.COMMISSIONER,
				this.ledger.password());
		Map<String, BiFunction<Api, String, Api.Result>> kinds = kinds(commissioner);
		Map<String, Latencies> cold = new LinkedHashMap<>();
		Map<String, Latencies> warm = new LinkedHashMap<>();
		Map<String, Long> bytes = new LinkedHashMap<>();
		Api api = this.ledger.commissioner();
		for (String id : coldPartnerships) {
			for (Map.Entry<String, BiFunction<Api, String, Api.Result>> kind : kinds.entrySet()) {
				Api.Result result = kind.getValue().apply(api, id).expectOk(kind.getKey());
				cold.computeIfAbsent(kind.getKey(), (key) -> new Latencies()).add(result.nanos());
				bytes.put(kind.getKey(), result.bytes());
			}
		}
		Map<String, Long> youngBytes = new LinkedHashMap<>();
		for (Map.Entry<String, BiFunction<Api, String, Api.Result>> kind : kinds.entrySet()) {
			youngBytes.put(kind.getKey(), kind.getValue().apply(api, smallId).expectOk(kind.getKey()).bytes());
			Latencies latencies = warm.computeIfAbsent(kind.getKey(), (key) -> new Latencies());
			for (int i = 0; i < this.warmRepeats; i++) {
				latencies.add(kind.getValue().apply(api, partnershipId).expectOk(kind.getKey()).nanos());
			}
		}
		ObjectNode reads = node.putObject("reads");
		Table table = report.table(
				"B4  Reads of a partnership with " + this.events + " events (ms; cold = first request"
						+ " for a partnership, n=" + coldPartnerships.size() + "; warm n=" + this.warmRepeats + ")",
				"read", "cold p50", "cold p99", "warm p50", "warm p99", "answer bytes",
				"bytes at " + (window + 2) + " events", "growth");
		for (String kind : kinds.keySet()) {
			ObjectNode read = reads.putObject(kind);
			Latencies.Summary coldSummary = cold.get(kind).summary();
			Latencies.Summary warmSummary = warm.get(kind).summary();
			coldSummary.into(read.putObject("cold"));
			warmSummary.into(read.putObject("warm"));
			read.put("bytes", bytes.get(kind));
			read.put("youngBytes", youngBytes.get(kind));
			double growth = Report.round(bytes.get(kind) / (double) Math.max(1, youngBytes.get(kind)));
			read.put("growth", growth);
			table.row(kind, coldSummary.p50(), coldSummary.p99(), warmSummary.p50(), warmSummary.p99(), bytes.get(kind),
					youngBytes.get(kind), growth);
		}
		table.note("growth: answer bytes at " + this.events + " events / at " + (window + 2)
				+ " (the young partnership): an answer of bounded size stays near 1");
		node.put("youngEvents", window + 2);
		node.put("coldSamples", coldPartnerships.size());
		return node;
	}

	/** The reads, by name. */
	private static Map<String, BiFunction<Api, String, Api.Result>> kinds(PageSession commissioner) {
		Map<String, BiFunction<Api, String, Api.Result>> kinds = new LinkedHashMap<>();
		kinds.put("overview", (api, id) -> api.get("/api/v1/partnerships/" + id));
		kinds.put("events", (api, id) -> api.get("/api/v1/partnerships/" + id + "/events"));
		kinds.put("timeline page", (api, id) -> commissioner.get("/partnerships/" + id + "/timeline"));
		kinds.put("as-of (recorded)",
				(api, id) -> api.get("/api/v1/partnerships/" + id + "?asOf=" + Instant.now() + "&axis=recorded"));
		return kinds;
	}

	/**
	 * Commands sent one at a time, each waited for in the views: the listener's time per
	 * record and sent-to-visible.
	 */
	private ObjectNode costWindow(String partnershipId, int window, ListenerTimer timer, long version)
			throws SQLException, InterruptedException {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("from", version + 1);
		node.put("to", version + window);
		Latencies visible = new Latencies();
		Latencies command = new Latencies();
		Stages stages = new Stages();
		ListenerTimer.Reading before = timer.read();
		try (Connection connection = DriverManager.getConnection(this.ledger.jdbcUrl(Ledger.VIEWS));
				PreparedStatement read = connection.prepareStatement(
						"select version, updated_at from partnership_overview where partnership_id = ?")) {
			read.setString(1, partnershipId);
			for (int i = 0; i < window; i++) {
				Instant sent = Instant.now();
				Api.Result answer = command(partnershipId, i).expectOk("A command");
				command.add(answer.nanos());
				long expected = answer.json().path("version").asLong();
				long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
				Applied applied = appliedOf(read);
				while (applied.version() < expected && System.nanoTime() < deadline) {
					TimeUnit.MICROSECONDS.sleep(500);
					applied = appliedOf(read);
				}
				visible.add(System.nanoTime() - answer.sentAt());
				stages.observe(expected, sent, applied.at(), Instant.now());
			}
		}
		ListenerTimer.Reading after = timer.read();
		node.put("listenerMsPerEvent", (after == null) ? Double.NaN : after.millisPerRecordSince(before));
		visible.summary().into(node.putObject("visible"));
		command.summary().into(node.putObject("command"));
		node.set("stages",
				stages.summarise(partnershipId, this.ledger.jdbcUrl(Ledger.EVENT_STORE), this.ledger.kafka()));
		return node;
	}

	private static Applied appliedOf(PreparedStatement read) throws SQLException {
		try (ResultSet rows = read.executeQuery()) {
			return rows.next() ? new Applied(rows.getLong(1), rows.getTimestamp(2).toInstant()) : new Applied(-1, null);
		}
	}

	/** The overview's version and when the transaction that stored it began. */
	private record Applied(long version, Instant at) {

	}

	private Api.Result command(String partnershipId, int n) {
		return (n % 2 == 0) ? this.ledger.commissioner().post(Ledger.noticePath(partnershipId), Ledger.noticeBody())
				: this.ledger.auditor().post(Ledger.findingPath(partnershipId), Ledger.findingBody());
	}

	/**
	 * More partnerships of the same size for more cold samples, as many as the budget
	 * allows at the time the first one took to reach the views.
	 */
	private List<String> copies(BulkEvents bulk, BulkEvents.Template template, double growSeconds, ObjectNode node)
			throws Exception {
		List<String> copies = new ArrayList<>();
		long budgetEnd = System.nanoTime() + this.coldBudget.toNanos();
		double secondsPerCopy = growSeconds;
		try (Pipeline pipeline = pipeline()) {
			while (copies.size() < this.maxColdCopies) {
				if (System.nanoTime() + (long) (secondsPerCopy * 1e9) > budgetEnd) {
					break;
				}
				long started = System.nanoTime();
				copies.add(bulk.appendGrown(template, 2, this.events));
				if (!pipeline.awaitCaughtUp(Duration.ofHours(1))) {
					throw new IllegalStateException("The views did not catch up with a copied partnership");
				}
				secondsPerCopy = (System.nanoTime() - started) / 1e9;
				node.put("secondsPerCopy", Report.round(secondsPerCopy));
			}
		}
		return copies;
	}

	private Pipeline pipeline() throws SQLException {
		return new Pipeline(this.ledger.jdbcUrl(Ledger.EVENT_STORE), this.ledger.jdbcUrl(Ledger.VIEWS));
	}

}
