package org.partnershipledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged benchmark ({@code java -jar target/ledger-bench.jar}, as people run
 * it) with the tiniest sizes, so that it keeps working as the system changes. It checks
 * that every section is there with sane values, never how fast anything was: tests assert
 * behaviour, the benchmark measures. It needs the jar, so it runs once the module is
 * packaged (see the pom), in {@code mvn verify}.
 */
class LedgerBenchSmokeIT {

	private static final Duration TIMEOUT = Duration.ofMinutes(20);

	@Test
	void aTinyRunReportsEverySectionAsTablesAndJson() throws Exception {
		Path json = Path.of("target", "bench-smoke.json").toAbsolutePath();
		Path printed = Path.of("target", "bench-smoke.txt").toAbsolutePath();
		Files.deleteIfExists(json);
		Process bench = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
				Path.of("target", "ledger-bench.jar").toAbsolutePath().toString(), "--quick", "--duration", "1",
				"--clients", "1,4", "--events", "30", "--rebuild-events", "300", "--load-budget", "120", "--out",
				json.toString())
			.redirectErrorStream(true)
			.redirectOutput(printed.toFile())
			.start();
		if (!bench.waitFor(TIMEOUT.toMinutes(), TimeUnit.MINUTES)) {
			bench.destroy();
			bench.waitFor(1, TimeUnit.MINUTES);
		}

		assertThat(bench.exitValue()).as("exit code; see " + printed).isZero();
		JsonNode report = new ObjectMapper().readTree(json.toFile());
		assertThat(Files.readString(printed)).contains("Machine", "B0", "B1", "B2", "B3", "B4", "Start-up",
				"Resident memory", "Targets");
		assertMachine(report.path("machine"));
		assertThat(report.at("/startup/toFirstPageSeconds").asDouble()).isPositive();
		assertThat(report.at("/memory/atEnd/total/rssMb").asLong()).isPositive();
		assertThat(report.at("/memory/atEnd/total/processes").asLong()).isGreaterThanOrEqualTo(4);
		assertB0(report.path("b0"));
		assertB1(report.path("b1"));
		assertB2(report.path("b2"));
		assertB3(report.path("b3"));
		assertB4(report.path("b4"));
		assertThat(report.path("targets")).isNotEmpty();
		report.path("targets")
			.forEach((target) -> assertThat(target.path("verdict").asText()).isIn("MEETS", "MISSES", "NOT MEASURED"));
	}

	private static void assertMachine(JsonNode machine) {
		assertThat(machine.path("cores").asInt()).isPositive();
		assertThat(machine.path("memoryMb").asLong()).isPositive();
		assertThat(machine.path("java").asText()).isNotBlank();
		assertThat(machine.at("/postgres/version").asText()).isNotBlank();
		assertThat(machine.at("/postgres/fsync").asText()).isIn("on", "off");
		assertThat(machine.at("/postgres/synchronous_commit").asText()).isNotBlank();
		assertThat(machine.at("/kafka/version").asText()).isNotBlank();
	}

	private static void assertB0(JsonNode b0) {
		assertThat(b0.at("/postgres/javaInserts")).hasSize(2);
		b0.at("/postgres/javaInserts").forEach((run) -> {
			assertThat(run.path("insertsPerSecond").asDouble()).isPositive();
			assertThat(run.path("count").asLong()).isPositive();
		});
		assertThat(b0.at("/postgres/pgbench/installed").isBoolean()).isTrue();
		assertThat(b0.at("/postgres/pgbench/version").asText()).isNotBlank();
		assertThat(b0.at("/kafka/producePipelined/recordsPerSecond").asDouble()).isPositive();
		assertThat(b0.at("/kafka/produceOneAtATime/records").asLong()).isPositive();
		assertThat(b0.at("/kafka/consume/records").asLong()).isPositive();
		for (String source : List.of("eventLog", "eventStore")) {
			assertThat(b0.at("/scanAndParse/" + source + "/events").asLong()).isPositive();
			assertThat(b0.at("/scanAndParse/" + source + "/eventsPerSecond").asDouble()).isPositive();
		}
	}

	private static void assertB1(JsonNode b1) {
		for (String shape : List.of("spread", "onePartnership")) {
			assertThat(b1.path(shape)).hasSize(2);
			b1.path(shape).forEach((step) -> {
				assertThat(step.path("commandsPerSecond").asDouble()).isNotNegative();
				assertThat(step.at("/latency/count").asLong()).isPositive();
				assertThat(step.path("statuses")).isNotEmpty();
			});
		}
		assertThat(b1.path("maxPerSecond").asDouble()).isNotNegative();
		assertThat(b1.at("/hotPartnership/hot/latency/count").asLong()).isPositive();
		assertThat(b1.at("/hotPartnership/othersIdle/latency/count").asLong()).isPositive();
		assertThat(b1.at("/hotPartnership/hotServerErrors").asLong()).isNotNegative();
		assertThat(b1.at("/requestFloor/basicMe/latency/count").asLong()).isPositive();
	}

	private static void assertB2(JsonNode b2) {
		assertThat(b2.path("runs")).hasSize(2);
		b2.path("runs").forEach((run) -> {
			assertThat(run.path("sent").asLong()).isPositive();
			assertThat(run.at("/apiVisible/count").asLong()).isNotNegative();
			assertThat(run.at("/viewsVisible/count").asLong()).isNotNegative();
			assertThat(run.path("missing").asLong()).isNotNegative();
			assertThat(run.path("statuses")).isNotEmpty();
		});
	}

	private static void assertB3(JsonNode b3) {
		assertThat(b3.path("events").asLong()).isPositive();
		assertThat(b3.path("partnerships").asLong()).isPositive();
		assertThat(b3.at("/load/appended").asLong()).isNotNegative();
		assertThat(b3.at("/rebuild/state").asText()).isEqualTo("FINISHED");
		assertThat(b3.at("/rebuild/events").asLong()).isPositive();
		assertThat(b3.at("/rebuild/eventsPerSecond").asDouble()).isPositive();
		assertThat(b3.at("/rebuiltEqualsLive/partnershipsCompared").asLong()).isPositive();
		assertThat(b3.at("/rebuiltEqualsLive/equal").isBoolean()).isTrue();
	}

	private static void assertB4(JsonNode b4) {
		assertThat(b4.path("events").asInt()).isEqualTo(30);
		assertThat(b4.at("/projectionCost/small/visible/count").asLong()).isPositive();
		assertThat(b4.at("/projectionCost/large/visible/count").asLong()).isPositive();
		assertThat(b4.path("reads")).hasSize(4);
		b4.path("reads").forEach((read) -> {
			assertThat(read.path("bytes").asLong()).isPositive();
			assertThat(read.path("growth").asDouble()).isPositive();
			assertThat(read.at("/cold/count").asLong()).isPositive();
			assertThat(read.at("/warm/count").asLong()).isPositive();
		});
	}

}
