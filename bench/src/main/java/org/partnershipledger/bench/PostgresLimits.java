package org.partnershipledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * B0, PostgreSQL: how many single-row INSERTs into a table shaped like the event store's
 * {@code domainevententry} the system's own server commits per second at 1 to 64
 * connections, each INSERT its own transaction (autocommit), as the command side's
 * appends are. Measured by a Java loop over JDBC (always) and by PostgreSQL's pgbench
 * when it is installed, in a scratch database of the same server (same durability
 * settings), dropped afterwards.
 */
final class PostgresLimits {

	static final String SCRATCH_DATABASE = "ledger_bench_scratch";

	/** About the size of a stored event: its payload and its metadata. */
	static final int PAYLOAD_BYTES = 700;

	static final int METADATA_BYTES = 300;

	private static final String TABLE = """
			CREATE TABLE domainevententry (
			    globalindex         BIGSERIAL    NOT NULL,
			    aggregateidentifier VARCHAR(255) NOT NULL,
			    sequencenumber      BIGINT       NOT NULL,
			    type                VARCHAR(255),
			    eventidentifier     VARCHAR(255) NOT NULL,
			    metadata            BYTEA,
			    payload             BYTEA        NOT NULL,
			    payloadrevision     VARCHAR(255),
			    payloadtype         VARCHAR(255) NOT NULL,
			    timestamp           VARCHAR(255) NOT NULL,
			    CONSTRAINT domainevententry_pkey PRIMARY KEY (globalindex),
			    CONSTRAINT domainevententry_aggregate_sequence_key UNIQUE (aggregateidentifier, sequencenumber),
			    CONSTRAINT domainevententry_eventidentifier_key UNIQUE (eventidentifier)
			)""";

	private static final String INSERT = """
			INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata,
			    payload, payloadrevision, payloadtype, timestamp)
			VALUES (?, ?, 'Partnership', ?, ?, ?, '1', 'org.partnershipledger.events.TransparencyNoticeRecorded', ?)""";

	private static final String PGBENCH_SCRIPT = """
			\\set sequence random(0, 2000000000)
			INSERT INTO domainevententry (aggregateidentifier, sequencenumber, type, eventidentifier, metadata, payload, payloadrevision, payloadtype, timestamp) VALUES ('pgbench-' || :client_id, :sequence, 'Partnership', gen_random_uuid()::text, convert_to(repeat('m', %d), 'UTF8'), convert_to(repeat('p', %d), 'UTF8'), '1', 'org.partnershipledger.events.TransparencyNoticeRecorded', now()::text) ON CONFLICT DO NOTHING;
			"""
		.formatted(METADATA_BYTES, PAYLOAD_BYTES);

	private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");

	private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");

	private final Function<String, String> jdbcUrl;

	private final Duration duration;

	private final List<Integer> connections;

	PostgresLimits(Function<String, String> jdbcUrl, Duration duration, List<Integer> connections) {
		this.jdbcUrl = jdbcUrl;
		this.duration = duration;
		this.connections = connections;
	}

	/**
	 * Runs both loops; returns the Java loop's INSERTs per second by connection count.
	 */
	ObjectNode run(Report report, Path workDirectory) throws SQLException, IOException, InterruptedException {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("table", "domainevententry (same columns, keys and indexes as the event store)");
		node.put("rowBytes", PAYLOAD_BYTES + METADATA_BYTES);
		node.put("transaction", "one INSERT per transaction (autocommit)");
		node.put("secondsPerStep", this.duration.toSeconds());
		createScratch();
		try {
			Table table = report.table(
					"B0  PostgreSQL single-row INSERTs into a domainevententry-shaped table ("
							+ (PAYLOAD_BYTES + METADATA_BYTES) + " B rows, one per transaction)",
					"connections", "java INSERT/s", "p50 ms", "p99 ms", "pgbench INSERT/s", "pgbench avg ms");
			ArrayNode javaRuns = node.putArray("javaInserts");
			ObjectNode pgbench = node.putObject("pgbench");
			String pgbenchVersion = pgbenchVersion();
			pgbench.put("installed", pgbenchVersion != null);
			pgbench.put("version", (pgbenchVersion != null) ? pgbenchVersion : "not installed");
			ArrayNode pgbenchRuns = pgbench.putArray("runs");
			Path script = workDirectory.resolve("bench-insert.sql");
			Files.writeString(script, PGBENCH_SCRIPT);
			for (int count : this.connections) {
				ObjectNode java = javaRuns.addObject();
				java.put("connections", count);
				javaLoop(count, java);
				ObjectNode tool = null;
				if (pgbenchVersion != null) {
					tool = pgbenchRuns.addObject();
					tool.put("connections", count);
					pgbench(count, script, tool);
				}
				table.row(count, java.get("insertsPerSecond").asDouble(), java.get("p50Ms").asDouble(),
						java.get("p99Ms").asDouble(), (tool == null) ? null : tool.path("insertsPerSecond").asDouble(),
						(tool == null) ? null : tool.path("latencyAverageMs").asDouble());
			}
			if (pgbenchVersion == null) {
				table.note("pgbench: not installed (Debian: postgresql-client); the Java loop stands alone");
			}
			else {
				table.note("pgbench " + pgbenchVersion + ": -n -c N -j min(N,4) -T " + this.duration.toSeconds()
						+ " with the same INSERT as a script");
			}
		}
		finally {
			dropScratch();
		}
		return node;
	}

	private void javaLoop(int count, ObjectNode result) throws SQLException, InterruptedException {
		Latencies latencies = new Latencies();
		LongAdder inserts = new LongAdder();
		List<Connection> open = new ArrayList<>();
		try {
			for (int i = 0; i < count; i++) {
				open.add(DriverManager.getConnection(this.jdbcUrl.apply(SCRATCH_DATABASE)));
			}
			long deadline = System.nanoTime() + this.duration.toNanos();
			List<Thread> threads = new ArrayList<>();
			List<SQLException> failures = new ArrayList<>();
			long started = System.nanoTime();
			for (Connection connection : open) {
				Thread thread = new Thread(() -> {
					try {
						insertUntil(connection, deadline, latencies, inserts);
					}
					catch (SQLException ex) {
						synchronized (failures) {
							failures.add(ex);
						}
					}
				}, "bench-insert");
				thread.start();
				threads.add(thread);
			}
			for (Thread thread : threads) {
				thread.join();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			if (!failures.isEmpty()) {
				throw failures.get(0);
			}
			result.put("insertsPerSecond", Report.round(inserts.sum() / seconds));
			latencies.summary().into(result);
		}
		finally {
			for (Connection connection : open) {
				connection.close();
			}
		}
	}

	private static void insertUntil(Connection connection, long deadline, Latencies latencies, LongAdder inserts)
			throws SQLException {
		byte[] payload = new byte[PAYLOAD_BYTES];
		byte[] metadata = new byte[METADATA_BYTES];
		String aggregate = UUID.randomUUID().toString();
		long sequence = 0;
		try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
			while (System.nanoTime() < deadline) {
				ThreadLocalRandom.current().nextBytes(payload);
				ThreadLocalRandom.current().nextBytes(metadata);
				insert.setString(1, aggregate);
				insert.setLong(2, sequence++);
				insert.setString(3, UUID.randomUUID().toString());
				insert.setBytes(4, metadata);
				insert.setBytes(5, payload);
				insert.setString(6, Instant.now().toString());
				long start = System.nanoTime();
				insert.executeUpdate();
				latencies.add(System.nanoTime() - start);
				inserts.increment();
			}
		}
	}

	private void pgbench(int count, Path script, ObjectNode result) throws IOException, InterruptedException {
		Matcher address = Pattern.compile("//([^:/]+):(\\d+)/").matcher(this.jdbcUrl.apply(SCRATCH_DATABASE));
		if (!address.find()) {
			result.put("error", "no host and port in the JDBC address");
			return;
		}
		Matcher password = Pattern.compile("[?&]password=([^&]+)").matcher(this.jdbcUrl.apply(SCRATCH_DATABASE));
		List<String> command = List.of("pgbench", "-n", "-h", address.group(1), "-p", address.group(2), "-U",
				"postgres", "-c", Integer.toString(count), "-j", Integer.toString(Math.min(count, 4)), "-T",
				Long.toString(this.duration.toSeconds()), "-f", script.toString(), SCRATCH_DATABASE);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		if (password.find()) {
			builder.environment().put("PGPASSWORD", password.group(1));
		}
		Process process = builder.start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(this.duration.toSeconds() + 60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
		}
		Matcher tps = TPS.matcher(output);
		Matcher latency = LATENCY.matcher(output);
		if (tps.find()) {
			result.put("insertsPerSecond", Report.round(Double.parseDouble(tps.group(1))));
		}
		else {
			result.put("error", output.strip());
		}
		if (latency.find()) {
			result.put("latencyAverageMs", Double.parseDouble(latency.group(1)));
		}
	}

	/** The installed pgbench's version, or {@code null} when there is none. */
	static String pgbenchVersion() {
		try {
			Process process = new ProcessBuilder("pgbench", "--version").redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
			return (process.waitFor() == 0) ? output.replace("pgbench (PostgreSQL) ", "") : null;
		}
		catch (IOException ex) {
			return null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
	}

	private void createScratch() throws SQLException {
		dropScratch();
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl.apply("postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + SCRATCH_DATABASE);
		}
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl.apply(SCRATCH_DATABASE));
				Statement statement = connection.createStatement()) {
			statement.execute(TABLE);
		}
	}

	private void dropScratch() throws SQLException {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl.apply("postgres"));
				Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + SCRATCH_DATABASE + " WITH (FORCE)");
		}
	}

}
