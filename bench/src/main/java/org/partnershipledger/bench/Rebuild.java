package org.partnershipledger.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B3: a full rebuild of every view from the event log, at a million events by default.
 * The events are loaded first: a template partnership of 100 events is made through the
 * API, then copied into the event store in chunks ({@link BulkEvents}); the relay and the
 * projection carry every copy to the views as usual. Chunks are added while the time left
 * allows the pipeline to project them, so the views are complete when the rebuild starts;
 * the size reached is reported. Then the rebuild is started through the API
 * ({@code POST /api/v1/admin/rebuild}) and timed to its end, and every read model is
 * compared before and after (per partnership: the overview with its columns, its parties
 * and its adaptation register), plus a sample of overviews through the API.
 */
final class Rebuild {

	/** The template partnership's size (smaller only for tiny runs). */
	static final int TEMPLATE_EVENTS = 100;

	private static final Duration POLL = Duration.ofSeconds(1);

	private static final Duration DRAIN_GRACE = Duration.ofMinutes(15);

	private static final int API_SAMPLE = 50;

	private final Ledger ledger;

	private final long targetEvents;

	private final Duration loadBudget;

	Rebuild(Ledger ledger, long targetEvents, Duration loadBudget) {
		this.ledger = ledger;
		this.targetEvents = targetEvents;
		this.loadBudget = loadBudget;
	}

	ObjectNode run(Report report, ObjectNode b0) throws Exception {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("targetEvents", this.targetEvents);
		node.put("loadBudgetSeconds", this.loadBudget.toSeconds());
		try (Pipeline pipeline = new Pipeline(this.ledger.jdbcUrl(Ledger.EVENT_STORE),
				this.ledger.jdbcUrl(Ledger.VIEWS))) {
			ObjectNode load = node.putObject("load");
			load(pipeline, load);
			long events = pipeline.applied();
			node.put("events", events);
			node.put("partnerships", load.get("partnerships").asLong());
			node.put("reachedTarget", events >= this.targetEvents);
			node.put("parkedRecords", pipeline.parked());
			b0.set("scanAndParse",
					LogScan.run(report, this.ledger.jdbcUrl(Ledger.VIEWS), this.ledger.jdbcUrl(Ledger.EVENT_STORE)));
			Snapshot before = Snapshot.take(this.ledger.jdbcUrl(Ledger.VIEWS));
			Map<String, String> apiBefore = apiSample(before.ids());
			ObjectNode rebuild = node.putObject("rebuild");
			rebuildAndWait(rebuild);
			Snapshot after = Snapshot.take(this.ledger.jdbcUrl(Ledger.VIEWS));
			Map<String, String> apiAfter = apiSample(before.ids());
			ObjectNode compare = node.putObject("rebuiltEqualsLive");
			long differing = before.differences(after);
			long apiDiffering = apiBefore.keySet()
				.stream()
				.filter((id) -> !Objects.equals(apiBefore.get(id), apiAfter.get(id)))
				.count();
			compare.put("partnershipsCompared", before.ids().size());
			compare.put("partnershipsDiffering", differing);
			compare.put("apiOverviewsCompared", apiBefore.size());
			compare.put("apiOverviewsDiffering", apiDiffering);
			compare.put("equal", differing == 0 && apiDiffering == 0 && before.ids().size() == after.ids().size());
			Table table = report.table("B3  Full rebuild of every view from the event log", "what", "value");
			table.row("events in the views (target " + String.format("%,d", this.targetEvents) + ")", events)
				.row("partnerships", before.ids().size())
				.row("load: events appended to the event store", load.get("appended").asLong())
				.row("load: bulk append, events/s", load.get("appendPerSecond").asDouble())
				.row("load: relay -> Kafka -> projection, events/s", load.get("pipelinePerSecond").asDouble())
				.row("load: seconds", load.get("seconds").asDouble())
				.row("load: most events waiting for the relay (sampled every 10 s)",
						load.get("mostWaitingForRelay").asLong())
				.row("load: most events relayed, waiting for the projection",
						load.get("mostWaitingForProjection").asLong())
				.row("rebuild: seconds", rebuild.get("seconds").asDouble())
				.row("rebuild: events/s", rebuild.get("eventsPerSecond").asDouble())
				.row("rebuild: state, failures", rebuild.get("state").asText() + ", " + rebuild.get("failures").size())
				.row("rebuilt = live (all read models, every partnership)",
						(differing == 0) ? "yes" : "NO: " + differing + " partnerships differ")
				.row("rebuilt = live (API overview, sample of " + apiBefore.size() + ")",
						(apiDiffering == 0) ? "yes" : "NO: " + apiDiffering + " differ");
			if (events < this.targetEvents) {
				table.note("The views reached " + String.format("%,d", events) + " of the "
						+ String.format("%,d", this.targetEvents) + " events asked for within the load budget of "
						+ this.loadBudget.toSeconds() + " s (--load-budget); the rebuild ran on that size.");
			}
		}
		return node;
	}

	/** Makes the template, then copies it in chunks while the budget allows. */
	private void load(Pipeline pipeline, ObjectNode result) throws Exception {
		long started = System.nanoTime();
		long budgetEnd = started + this.loadBudget.toNanos();
		String templateId = this.ledger.registerPartnership("Benchmark template partnership");
		this.ledger.addProvider(templateId);
		long templateEvents = Math.max(10, Math.min(TEMPLATE_EVENTS, this.targetEvents / 10));
		for (int i = 2; i < templateEvents; i++) {
			((i % 2 == 0) ? this.ledger.commissioner().post(Ledger.noticePath(templateId), Ledger.noticeBody())
					: this.ledger.auditor().post(Ledger.findingPath(templateId), Ledger.findingBody()))
				.expectOk("A template command");
		}
		pipeline.awaitCaughtUp(Duration.ofMinutes(5));
		BulkEvents bulk = this.ledger.bulkEvents();
		BulkEvents.Template template = bulk.template(templateId);
		long startEvents = pipeline.applied();
		long wanted = Math.max(0, this.targetEvents - startEvents);
		long copiesWanted = (wanted + template.size() - 1) / template.size();
		int chunk = (int) Math.max(1, Math.min(500, copiesWanted / 20));
		long copiesMade = 0;
		double appendSeconds = 0;
		ArrayNode samples = result.putArray("samples");
		long loadStarted = System.nanoTime();
		long lastSample = 0;
		long mostWaitingForRelay = 0;
		long mostWaitingForProjection = 0;
		long rateFromApplied = pipeline.applied();
		long rateFrom = System.nanoTime();
		double rate = 0;
		while (true) {
			long stored = pipeline.stored();
			long applied = pipeline.applied();
			long backlog = stored - applied;
			long now = System.nanoTime();
			if (now - rateFrom > TimeUnit.SECONDS.toNanos(5)) {
				double measured = (applied - rateFromApplied) / ((now - rateFrom) / 1e9);
				rate = (rate == 0) ? measured : 0.5 * rate + 0.5 * measured;
				rateFrom = now;
				rateFromApplied = applied;
			}
			if (now - lastSample > TimeUnit.SECONDS.toNanos(10)) {
				lastSample = now;
				ObjectNode sample = samples.addObject();
				long relayLag = Math.max(0, pipeline.lastGlobalIndex() - pipeline.relayed());
				sample.put("second", Report.round((now - loadStarted) / 1e9));
				sample.put("stored", stored);
				sample.put("applied", applied);
				sample.put("waitingForRelay", relayLag);
				sample.put("waitingForProjection", Math.max(0, backlog - relayLag));
				mostWaitingForRelay = Math.max(mostWaitingForRelay, relayLag);
				mostWaitingForProjection = Math.max(mostWaitingForProjection, backlog - relayLag);
			}
			long chunkEvents = (long) chunk * template.size();
			double secondsLeft = (budgetEnd - now) / 1e9;
			boolean wantMore = copiesMade < copiesWanted;
			boolean roomInBacklog = backlog < Math.max(chunkEvents, (long) (rate * 30));
			boolean fitsBudget = (rate == 0) ? secondsLeft > 0 : (backlog + chunkEvents) / rate < secondsLeft;
			if (wantMore && roomInBacklog && fitsBudget) {
				int copies = (int) Math.min(chunk, copiesWanted - copiesMade);
				long appendStarted = System.nanoTime();
				bulk.append(template, copies);
				appendSeconds += (System.nanoTime() - appendStarted) / 1e9;
				copiesMade += copies;
				continue;
			}
			if (backlog <= 0 && (!wantMore || !fitsBudget)) {
				break;
			}
			if (now > budgetEnd + DRAIN_GRACE.toNanos()) {
				throw new IllegalStateException("The views did not catch up with the event store within the load "
						+ "budget and " + DRAIN_GRACE.toMinutes() + " more minutes: " + applied + " of " + stored);
			}
			Thread.sleep(POLL.toMillis());
		}
		double seconds = (System.nanoTime() - loadStarted) / 1e9;
		long appended = copiesMade * template.size();
		result.put("templateEvents", template.size());
		result.put("copies", copiesMade);
		result.put("appended", appended);
		result.put("partnerships", countPartnerships());
		result.put("appendSeconds", Report.round(appendSeconds));
		result.put("appendPerSecond", Report.round(appended / Math.max(appendSeconds, 1e-9)));
		result.put("seconds", Report.round(seconds));
		result.put("pipelinePerSecond", Report.round(appended / Math.max(seconds, 1e-9)));
		result.put("mostWaitingForRelay", mostWaitingForRelay);
		result.put("mostWaitingForProjection", mostWaitingForProjection);
		result.put("totalSecondsWithTemplate", Report.round((System.nanoTime() - started) / 1e9));
	}

	private long countPartnerships() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.ledger.jdbcUrl(Ledger.VIEWS));
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from partnership_overview")) {
			rows.next();
			return rows.getLong(1);
		}
	}

	private void rebuildAndWait(ObjectNode result) throws InterruptedException {
		Api admin = this.ledger.admin();
		long started = System.nanoTime();
		JsonNode progress = admin.post("/api/v1/admin/rebuild", "{}").expectOk("Starting the rebuild").json();
		long id = progress.path("id").asLong();
		while (progress.path("state").asText().equals("RUNNING")) {
			Thread.sleep(POLL.toMillis() / 2);
			progress = admin.get("/api/v1/admin/rebuild").expectOk("The rebuild's progress").json();
			if (progress.path("id").asLong() != id) {
				throw new IllegalStateException("Another rebuild started meanwhile: " + progress);
			}
		}
		double wall = (System.nanoTime() - started) / 1e9;
		result.put("id", id);
		result.put("state", progress.path("state").asText());
		result.put("seconds", Report.round(wall));
		result.put("partnerships", progress.path("partnershipsDone").asLong());
		result.put("events", progress.path("eventsDone").asLong());
		result.put("eventsPerSecond", Report.round(progress.path("eventsDone").asLong() / Math.max(wall, 1e-9)));
		result.put("serverEventsPerSecond", progress.path("eventsPerSecond").asDouble());
		result.set("failures", progress.path("failures"));
	}

	/** Some partnerships' overviews as the API answers them. */
	private Map<String, String> apiSample(List<String> ids) {
		Map<String, String> sample = new HashMap<>();
		Api commissioner = this.ledger.commissioner();
		int step = Math.max(1, ids.size() / API_SAMPLE);
		for (int i = 0; i < ids.size() && sample.size() < API_SAMPLE; i += step) {
			Api.Result result = commissioner.get("/api/v1/partnerships/" + ids.get(i));
			sample.put(ids.get(i), result.status() + " " + result.body());
		}
		return sample;
	}

	/** Fingerprints of every partnership's read models. */
	record Snapshot(Map<String, String> overviews, Map<String, String> parties, Map<String, String> register) {

		static Snapshot take(String viewsUrl) throws SQLException {
			try (Connection connection = DriverManager.getConnection(viewsUrl)) {
				return new Snapshot(fingerprints(connection, """
						select partnership_id, md5(concat_ws('|', title, status, chosen_model, recommended_model,
						    divergent::text, divergent_since::text, version::text, document::text))
						from partnership_overview"""),
						fingerprints(connection,
								"""
										select partnership_id, md5(string_agg(concat_ws('|', party_id, identifier_scheme, identifier_id),
										    ',' order by party_id))
										from partnership_party group by partnership_id"""),
						fingerprints(connection, """
								select partnership_id, md5(string_agg(r::text, ',' order by adaptation_id))
								from adaptation_register r group by partnership_id"""));
			}
		}

		List<String> ids() {
			List<String> ids = new ArrayList<>(this.overviews.keySet());
			ids.sort(null);
			return ids;
		}

		/** How many partnerships differ in any read model. */
		long differences(Snapshot other) {
			java.util.Set<String> ids = new java.util.HashSet<>(this.overviews.keySet());
			ids.addAll(other.overviews.keySet());
			return ids.stream()
				.filter((id) -> !Objects.equals(this.overviews.get(id), other.overviews.get(id))
						|| !Objects.equals(this.parties.get(id), other.parties.get(id))
						|| !Objects.equals(this.register.get(id), other.register.get(id)))
				.count();
		}

		private static Map<String, String> fingerprints(Connection connection, String sql) throws SQLException {
			Map<String, String> fingerprints = new HashMap<>();
			try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
				while (rows.next()) {
					fingerprints.put(rows.getString(1), rows.getString(2));
				}
			}
			return fingerprints;
		}

	}

}
