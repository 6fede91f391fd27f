package org.partnershipledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.utils.AppInfoParser;

/**
 * The machine and the servers as they run: cores, memory, operating system, Java,
 * PostgreSQL and Kafka versions, and the durability settings read from the servers
 * themselves.
 */
final class Machine {

	/** The PostgreSQL settings that decide how durable (and how fast) a commit is. */
	static final List<String> POSTGRES_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes",
			"wal_sync_method", "shared_buffers", "max_connections");

	/** The broker settings that decide when a record is on disk. */
	static final List<String> KAFKA_SETTINGS = List.of("log.flush.interval.messages", "log.flush.interval.ms",
			"min.insync.replicas", "num.partitions");

	private Machine() {
	}

	static void describe(Report report, String eventStoreUrl, Map<String, Object> kafkaClient) {
		ObjectNode machine = report.section("machine");
		Runtime runtime = Runtime.getRuntime();
		machine.put("cores", runtime.availableProcessors());
		machine.put("cpu", firstValue(Path.of("/proc/cpuinfo"), "model name").orElse("unknown"));
		long memoryKb = firstValue(Path.of("/proc/meminfo"), "MemTotal").map(Machine::kilobytes).orElse(0L);
		machine.put("memoryMb", memoryKb / 1024);
		machine.put("os", osName() + " (" + System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
				+ System.getProperty("os.arch") + ")");
		machine.put("java", System.getProperty("java.vm.name") + " " + Runtime.version());
		ObjectNode postgres = machine.putObject("postgres");
		try (Connection connection = DriverManager.getConnection(eventStoreUrl);
				Statement statement = connection.createStatement()) {
			postgres.put("version", show(statement, "server_version"));
			for (String setting : POSTGRES_SETTINGS) {
				postgres.put(setting, show(statement, setting));
			}
		}
		catch (SQLException ex) {
			postgres.put("error", ex.getMessage());
		}
		ObjectNode kafka = machine.putObject("kafka");
		kafka.put("version", AppInfoParser.getVersion());
		kafka.put("producer", "acks=all, enable.idempotence=true (as the relay)");
		try (Admin admin = Admin.create(kafkaClient)) {
			Collection<org.apache.kafka.common.Node> nodes = admin.describeCluster().nodes().get(10, TimeUnit.SECONDS);
			String broker = nodes.iterator().next().idString();
			ConfigResource resource = new ConfigResource(ConfigResource.Type.BROKER, broker);
			Config config = admin.describeConfigs(List.of(resource)).all().get(10, TimeUnit.SECONDS).get(resource);
			for (String setting : KAFKA_SETTINGS) {
				kafka.put(setting, (config.get(setting) != null) ? config.get(setting).value() : null);
			}
		}
		catch (Exception ex) {
			kafka.put("error", ex.getMessage());
		}
		Table table = report.table("Machine", "what", "value");
		table.row("cores", machine.get("cores").asText())
			.row("cpu", machine.get("cpu").asText())
			.row("memory", machine.get("memoryMb").asText() + " MB")
			.row("os", machine.get("os").asText())
			.row("java", machine.get("java").asText())
			.row("postgresql",
					postgres.path("version").asText() + "; fsync=" + postgres.path("fsync").asText()
							+ ", synchronous_commit=" + postgres.path("synchronous_commit").asText()
							+ ", full_page_writes=" + postgres.path("full_page_writes").asText() + ", wal_sync_method="
							+ postgres.path("wal_sync_method").asText() + ", shared_buffers="
							+ postgres.path("shared_buffers").asText())
			.row("kafka", kafka.path("version").asText() + "; producer acks=all, idempotent; broker "
					+ (Long.toString(Long.MAX_VALUE).equals(kafka.path("log.flush.interval.messages").asText())
							? "never forces a flush (the OS writes its page cache back)"
							: "flushes every " + kafka.path("log.flush.interval.messages").asText() + " messages"));
		if ("off".equals(postgres.path("fsync").asText())
				|| "off".equals(postgres.path("synchronous_commit").asText())) {
			table.note("NOTE: the launcher's PostgreSQL runs with fsync=" + postgres.path("fsync").asText()
					+ " and synchronous_commit=" + postgres.path("synchronous_commit").asText()
					+ ": a commit is not on disk when it returns. Every B0 figure uses the same settings.");
		}
	}

	private static String show(Statement statement, String setting) throws SQLException {
		try (ResultSet rows = statement.executeQuery("SHOW " + setting)) {
			rows.next();
			return rows.getString(1);
		}
	}

	private static String osName() {
		return firstValue(Path.of("/etc/os-release"), "PRETTY_NAME").map((name) -> name.replace("\"", ""))
			.orElse(System.getProperty("os.name"));
	}

	private static long kilobytes(String value) {
		return Long.parseLong(value.replaceAll("[^0-9]", ""));
	}

	/** The value of the first "key: value" or "key=value" line of a file. */
	static Optional<String> firstValue(Path file, String key) {
		try {
			return Files.readAllLines(file)
				.stream()
				.filter((line) -> line.startsWith(key))
				.map((line) -> line.substring(key.length()).replaceFirst("^\\s*[:=]\\s*", "").strip())
				.findFirst();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

}
