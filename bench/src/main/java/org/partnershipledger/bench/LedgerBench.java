package org.partnershipledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.standalone.LedgerSystem;

/**
 * The benchmark: starts the whole system as {@code java -jar partnership-ledger.jar} does
 * (embedded PostgreSQL, a Kafka broker, both apps as child processes) on a fresh data
 * directory, measures B0 to B4, start-up and memory, and prints one report as tables and,
 * with {@code --out}, as JSON. Not a test: tests assert behaviour, this measures.
 */
public final class LedgerBench {

	private final BenchOptions options;

	private final PrintStream out;

	LedgerBench(BenchOptions options, PrintStream out) {
		this.options = options;
		this.out = out;
	}

	public static void main(String[] args) throws Exception {
		if (List.of(args).contains("--help")) {
			System.out.println(BenchOptions.USAGE);
			return;
		}
		BenchOptions options;
		try {
			options = BenchOptions.parse(args);
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(BenchOptions.USAGE);
			System.exit(2);
			return;
		}
		new LedgerBench(options, System.out).run();
		System.exit(0);
	}

	/** Runs the benchmark; returns the report's JSON. */
	ObjectNode run() throws Exception {
		boolean freshData = this.options.data() == null;
		Path data = freshData ? Files.createTempDirectory("ledger-bench") : this.options.data();
		String password = Ledger.password(data);
		Report report = new Report();
		describeRun(report.section("benchmark"), data);
		progress("Starting the system (data in " + data + ") ...");
		long launched = System.nanoTime();
		LedgerSystem system = LedgerSystem
			.prepare(new LedgerSystem.Settings(data, appsDirectory(), 0, Ledger.webEnvironment(password)));
		Thread stopOnExit = new Thread(system::close, "bench-stop");
		Runtime.getRuntime().addShutdownHook(stopOnExit);
		try {
			system.start();
			double healthy = (System.nanoTime() - launched) / 1e9;
			double firstPage = awaitFirstPage(system.webUrl(), launched);
			Ledger ledger = new Ledger(system, password, data);
			ledger.createPeople();
			Machine.describe(report, ledger.jdbcUrl(Ledger.EVENT_STORE), ledger.kafka());
			Memory memory = new Memory(data.resolve("postgres"));
			ObjectNode startup = report.section("startup");
			startup.put("toHealthySeconds", Report.round(healthy));
			startup.put("toFirstPageSeconds", Report.round(firstPage));
			startup.put("dataDirectory", freshData ? "fresh" : "given");
			ObjectNode memoryNode = report.section("memory");
			memoryNode.set("afterStart", memory.measure());
			run(report, ledger);
			memoryNode.set("atEnd", memory.measure());
			startAndMemoryTables(report);
			judge(report);
		}
		finally {
			progress("Stopping the system ...");
			system.close();
			Runtime.getRuntime().removeShutdownHook(stopOnExit);
			if (freshData) {
				deleteRecursively(data);
			}
		}
		report.section("benchmark").put("finishedAt", Instant.now().toString());
		report.print(this.out);
		if (this.options.out() != null) {
			report.write(this.options.out());
			this.out.println("JSON written to " + this.options.out());
		}
		return report.root();
	}

	private void run(Report report, Ledger ledger) throws Exception {
		ObjectNode b0 = report.section("b0");
		if (this.options.runs("B0")) {
			progress("B0: PostgreSQL INSERTs ...");
			b0.set("postgres", new PostgresLimits(ledger::jdbcUrl, this.options.duration(), this.options.clients())
				.run(report, ledger.dataDirectory()));
			progress("B0: Kafka ...");
			b0.set("kafka", new KafkaLimits(ledger.kafka(), this.options.duration()).run(report));
		}
		List<String> partnerships = new ArrayList<>();
		int spread = this.options.quick() ? 16 : 200;
		progress("Registering " + spread + " partnerships ...");
		for (int i = 0; i < spread; i++) {
			partnerships.add(ledger.registerPartnership("Benchmark partnership " + (i + 1)));
		}
		String hot = ledger.registerPartnership("Benchmark hot partnership");
		double maxPerSecond = 0;
		if (this.options.runs("B1")) {
			progress("B1: commands through the API ...");
			ObjectNode b1 = new CommandThroughput(ledger, this.options.duration(), this.options.clients(), partnerships,
					hot)
				.run(report, this.options.maxClients());
			report.root().set("b1", b1);
			maxPerSecond = b1.get("maxPerSecond").asDouble();
		}
		if (this.options.runs("B2")) {
			if (maxPerSecond == 0) {
				maxPerSecond = ClosedLoop
					.run(ledger.commissioner(), 16, this.options.duration(),
							(client) -> partnerships.get(client % partnerships.size()))
					.perSecond();
			}
			progress("B2: command to visible at " + Report.format(maxPerSecond / 4) + " and "
					+ Report.format(maxPerSecond / 2) + " commands/s ...");
			report.root()
				.set("b2", new Visibility(ledger, partnerships, this.options.duration()).run(report, maxPerSecond));
		}
		if (this.options.runs("B4")) {
			progress("B4: a partnership with " + this.options.events() + " events ...");
			report.root()
				.set("b4",
						new Reads(ledger, this.options.events(), this.options.quick() ? 10 : 30,
								this.options.quick() ? 1 : 4,
								this.options.quick() ? Duration.ofSeconds(60) : Duration.ofMinutes(5))
							.run(report));
		}
		if (this.options.runs("B3")) {
			progress("B3: loading " + this.options.rebuildEvents() + " events and rebuilding ...");
			report.root()
				.set("b3",
						new Rebuild(ledger, this.options.rebuildEvents(), this.options.loadBudget()).run(report, b0));
		}
	}

	private void startAndMemoryTables(Report report) {
		JsonNode startup = report.root().path("startup");
		report.table("Start-up", "what", "seconds")
			.row("launch -> both apps healthy", startup.get("toHealthySeconds").asDouble())
			.row("launch -> first 200 of /sign-in", startup.get("toFirstPageSeconds").asDouble());
		Table table = report.table("Resident memory of the whole system (MB)", "part", "processes", "RSS after start",
				"RSS at end", "peak RSS", "PSS at end");
		JsonNode afterStart = report.root().at("/memory/afterStart");
		JsonNode atEnd = report.root().at("/memory/atEnd");
		atEnd.fieldNames()
			.forEachRemaining((part) -> table.row(part, atEnd.get(part).get("processes").asLong(),
					afterStart.path(part).path("rssMb").asLong(), atEnd.get(part).get("rssMb").asLong(),
					atEnd.get(part).get("peakRssMb").asLong(), atEnd.get(part).get("pssMb").asLong()));
		table.note("RSS counts PostgreSQL's shared memory in every backend that touched it; PSS shares it out.");
	}

	/** The verdict lines: each target later work is judged by. */
	private void judge(Report report) {
		JsonNode root = report.root();
		JsonNode insertAt16 = find(root.at("/b0/postgres/javaInserts"), "connections", 16);
		JsonNode b1At16 = find(root.at("/b1/spread"), "clients", 16);
		report.target("B1 commands/s at 16 clients >= 0.2 x B0 INSERT/s at 16 connections",
				value(b1At16, "/commandsPerSecond"), 0.2 * value(insertAt16, "/insertsPerSecond", Double.NaN), true,
				"/s");
		JsonNode half = find(root.at("/b2/runs"), "shareOfB1Max", 0.5);
		report.target("B2 p50 sent->visible (API) at 1/2 of B1 max", value(half, "/apiVisible/p50Ms"), 50, false, "ms");
		report.target("B2 p99 sent->visible (API) at 1/2 of B1 max", value(half, "/apiVisible/p99Ms"), 250, false,
				"ms");
		if (root.has("b2")) {
			long missing = 0;
			for (JsonNode run : root.at("/b2/runs")) {
				missing += run.path("missing").asLong();
			}
			report.check("B2 nothing missing at the end", missing == 0, missing + " missing");
		}
		report.target("B3 rebuild events/s", value(root.path("b3"), "/rebuild/eventsPerSecond"), 25_000, true, "/s");
		report.target("B3 rebuild events/s >= 0.3 x B0 scan-and-parse of event_log",
				value(root.path("b3"), "/rebuild/eventsPerSecond"),
				0.3 * value(root.path("b0"), "/scanAndParse/eventLog/eventsPerSecond", Double.NaN), true, "/s");
		if (root.has("b3")) {
			report.check("B3 rebuilt = live", root.at("/b3/rebuiltEqualsLive/equal").asBoolean(),
					root.at("/b3/rebuiltEqualsLive/partnershipsDiffering").asLong() + " of "
							+ root.at("/b3/rebuiltEqualsLive/partnershipsCompared").asLong() + " differ");
		}
		JsonNode reads = root.at("/b4/reads");
		int events = this.options.events();
		for (String kind : List.of("overview", "events", "timeline page", "as-of (recorded)")) {
			report.target("B4 warm p99 of " + kind + " at " + events + " events",
					value(reads.path(kind), "/warm/p99Ms"), 50, false, "ms");
		}
		if (root.has("b4")) {
			List<String> growing = new ArrayList<>();
			reads.fieldNames().forEachRemaining((kind) -> {
				if (reads.get(kind).path("growth").asDouble() > 2) {
					growing.add(kind);
				}
			});
			double most = 0;
			for (JsonNode read : reads) {
				most = Math.max(most, read.path("growth").asDouble());
			}
			report.check(
					"B4 answers of bounded size (at " + events + " events at most 2 x the size at "
							+ root.at("/b4/youngEvents").asLong() + ")",
					growing.isEmpty(), growing.size() + " of " + reads.size() + " grow, up to x" + Report.format(most));
		}
		report.target("Projection cost per event at " + events + " events within 2 x its cost near the start",
				value(root.path("b4"), "/projectionCost/ratio"), 2, false, "x");
		JsonNode hot = root.at("/b1/hotPartnership");
		if (!hot.isMissingNode()) {
			int clients = hot.get("hotClients").asInt();
			JsonNode alone = find(root.at("/b1/onePartnership"), "clients", clients);
			long errors = hot.get("hotServerErrors").asLong();
			double longest = hot.get("hotMaxMs").asDouble();
			if (alone != null) {
				errors += serverErrors(alone.path("statuses"));
				longest = Math.max(longest, alone.at("/latency/maxMs").asDouble());
			}
			report.check(clients + " clients on one partnership: no 5xx (both runs of B1)", errors == 0,
					errors + " 5xx or failed");
			report.target(clients + " clients on one partnership: longest wait (both runs of B1)", longest, 2000, false,
					"ms");
			report.target("Other partnerships' p99 during the hot load / alone", hot.get("othersP99Ratio").asDouble(),
					2, false, "x");
		}
	}

	/** Answers with a 5xx status, and requests that got none, among counted statuses. */
	private static long serverErrors(JsonNode statuses) {
		long errors = 0;
		for (var status = statuses.fields(); status.hasNext();) {
			var entry = status.next();
			if (entry.getKey().startsWith("5") || !Character.isDigit(entry.getKey().charAt(0))) {
				errors += entry.getValue().asLong();
			}
		}
		return errors;
	}

	private static JsonNode find(JsonNode array, String field, double value) {
		for (JsonNode item : array) {
			if (item.path(field).asDouble() == value) {
				return item;
			}
		}
		return null;
	}

	private static Double value(JsonNode node, String pointer) {
		return value(node, pointer, null);
	}

	private static Double value(JsonNode node, String pointer, Double fallback) {
		if (node == null || node.at(pointer).isMissingNode() || !node.at(pointer).isNumber()) {
			return fallback;
		}
		return node.at(pointer).asDouble();
	}

	private void describeRun(ObjectNode node, Path data) {
		node.put("startedAt", Instant.now().toString());
		node.put("quick", this.options.quick());
		node.put("events", this.options.events());
		node.put("rebuildEvents", this.options.rebuildEvents());
		node.put("secondsPerStep", this.options.duration().toSeconds());
		node.put("loadBudgetSeconds", this.options.loadBudget().toSeconds());
		node.putPOJO("clients", this.options.clients());
		node.putPOJO("sections", this.options.sections());
	}

	/** Seconds from launch to the first 200 of the sign-in page. */
	private static double awaitFirstPage(String webUrl, long launched) throws InterruptedException {
		Api anonymous = new Api(webUrl, null, null);
		long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while (System.nanoTime() < deadline) {
			if (anonymous.get("/sign-in").status() == 200) {
				return (System.nanoTime() - launched) / 1e9;
			}
			Thread.sleep(20);
		}
		throw new IllegalStateException("The sign-in page did not answer 200 within 2 minutes of being healthy");
	}

	private void progress(String message) {
		this.out.println("[bench " + Instant.now().toString().substring(11, 19) + "] " + message);
		this.out.flush();
	}

	/**
	 * The app jars: {@code ledger.apps.dir}, or {@code apps/} beside this program's jar
	 * (or its classes folder).
	 */
	static Path appsDirectory() throws URISyntaxException {
		String configured = System.getProperty("ledger.apps.dir");
		if (configured != null) {
			return Path.of(configured);
		}
		Path location = Path.of(LedgerBench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		return location.getParent().resolve("apps");
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}

}
