package org.partnershipledger.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * F10: a Ctrl-C while the launcher loads the demo and a rebuild of the views runs leaves
 * nothing half-done that the next start does not finish: the demo's partnerships are
 * completed step by step where they stopped, no rebuild is left running (one the stop
 * interrupted is started again), and every invariant holds.
 */
class InterruptionEndToEndTest {

	private static final int EVENTS_BEFORE_INTERRUPTING = 10;

	@Test
	void aCtrlCDuringTheDemoLoadAndARebuildIsFinishedByTheNextStart() throws Exception {
		Path data = Path.of("target", "interrupt-data").toAbsolutePath();
		deleteRecursively(data);
		String signal;
		int exitCode;
		long eventsAtInterrupt;
		String rebuildAtInterrupt;
		Instant started = Instant.now();
		try (LauncherProcess first = LauncherProcess.start(data, "first", "--demo")) {
			Properties running = first.runFile();
			await().atMost(Duration.ofMinutes(5))
				.pollInterval(Duration.ofMillis(100))
				.until(() -> storedEvents(running) >= EVENTS_BEFORE_INTERRUPTING);
			LedgerApi admin = demoAdministrator(running.getProperty("web.url"), data);
			LedgerApi.Response rebuild = admin.post("/api/v1/admin/rebuild", "{}");
			rebuildAtInterrupt = rebuild.status() + " " + rebuild.json().path("state").asText();
			eventsAtInterrupt = storedEvents(running);
			signal = first.interrupt();
			exitCode = first.awaitExit();
			assertThat(first.output()).contains("Stopping Partnership Ledger").doesNotContain("Demo data:");
		}
		Duration firstRun = Duration.between(started, Instant.now());
		Instant restarted = Instant.now();
		try (LauncherProcess second = LauncherProcess.start(data, "second", "--demo").awaitRunning()) {
			Properties running = second.runFile();
			String webUrl = running.getProperty("web.url");
			LedgerApi admin = demoAdministrator(webUrl, data);
			await().atMost(Duration.ofMinutes(5))
				.until(() -> !"RUNNING".equals(admin.get("/api/v1/admin/rebuild").json().path("state").asText()));
			JsonNode latestRebuild = admin.get("/api/v1/admin/rebuild").expect(200).json();
			Map<String, Integer> commands = demoCommands(webUrl);
			InvariantReport report = InvariantCheck.run(
					new InvariantCheck.Sources(running.getProperty("events.jdbc"), running.getProperty("views.jdbc"),
							KafkaAccounts.in(data.resolve(LedgerSystem.KAFKA_DIRECTORY))
								.admin(running.getProperty("kafka.bootstrap")),
							webUrl, Standalone.DEMO_ADMIN,
							Files.readString(data.resolve(Standalone.DEMO_MARKER)).strip()),
					Duration.ofMinutes(2), System.out);
			report.print(System.out);
			System.out.println("[F10] Ctrl-C (SIG" + signal + ") after " + eventsAtInterrupt
					+ " demo events stored and a rebuild started (" + rebuildAtInterrupt + "); the launcher stopped "
					+ "with exit code " + exitCode + " (first run " + firstRun.toSeconds() + " s); the next start "
					+ "said: " + said(second.output()) + "; running again "
					+ Duration.between(restarted, Instant.now()).toSeconds() + " s after it began; the latest rebuild: "
					+ latestRebuild.path("id").asText() + " " + latestRebuild.path("state").asText()
					+ "; demo commands per partnership " + commands);
			assertThat(latestRebuild.path("state").asText()).isEqualTo("FINISHED");
			assertThat(commands).isEqualTo(expectedDemoCommands());
			assertThat(report.violations()).isEmpty();
			second.interrupt();
			assertThat(second.awaitExit()).isNotNegative();
		}
	}

	/** The launcher's lines about what it finished or resumed. */
	private static String said(String output) {
		return output.lines()
			.filter((line) -> line.startsWith("Demo data") || line.startsWith("Rebuild"))
			.toList()
			.toString();
	}

	private static LedgerApi demoAdministrator(String webUrl, Path data) throws IOException {
		return new LedgerApi(webUrl, Standalone.DEMO_ADMIN,
				Files.readString(data.resolve(Standalone.DEMO_MARKER)).strip());
	}

	private static long storedEvents(Properties running) throws Exception {
		try (Connection connection = DriverManager.getConnection(running.getProperty("events.jdbc"));
				PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM domainevententry");
				ResultSet rows = statement.executeQuery()) {
			rows.next();
			return rows.getLong(1);
		}
	}

	/**
	 * Per demo partnership, the commands people sent that its history holds (events of
	 * one causation; not those the ledger recorded by itself).
	 */
	private static Map<String, Integer> demoCommands(String webUrl) {
		LedgerApi commissioner = new LedgerApi(webUrl, "commissioner", DemoData.password());
		Map<String, Integer> commands = new HashMap<>();
		for (JsonNode partnership : commissioner.get("/api/v1/partnerships").expect(200).json()) {
			JsonNode events = commissioner
				.get("/api/v1/partnerships/" + partnership.path("partnershipId").asText() + "/exports/history.json")
				.expect(200)
				.json()
				.path("events");
			int count = 0;
			String cause = null;
			for (JsonNode event : events) {
				if ("SYSTEM".equals(event.path("actor").path("role").asText())) {
					continue;
				}
				String causation = event.path("causationId").asText();
				if (!causation.equals(cause)) {
					count++;
					cause = causation;
				}
			}
			commands.put(partnership.path("title").asText(), count);
		}
		return commands;
	}

	/** Per demo partnership, the commands its steps send. */
	private static Map<String, Integer> expectedDemoCommands() throws IOException {
		Map<String, Integer> expected = new HashMap<>();
		try (InputStream in = DemoData.class.getResourceAsStream("/demo/partnerships.json")) {
			for (JsonNode partnership : new ObjectMapper().readTree(in)) {
				int posts = 0;
				for (JsonNode step : partnership.path("steps")) {
					posts += step.has("post") ? 1 : 0;
				}
				expected.put(partnership.path("title").asText(), posts);
			}
		}
		return expected;
	}

	private static void deleteRecursively(Path directory) throws IOException {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}

}
