package org.partnershipledger.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The resident memory of the whole system: the Kafka broker and both apps (child JVMs of
 * this program) and every PostgreSQL process (the postmaster named in its pid file, and
 * its children). RSS counts PostgreSQL's shared buffers once per process that touched
 * them, so the proportional size (PSS, shared pages split between their users) is given
 * too; the sum of PSS is what the system really occupies.
 */
final class Memory {

	private final Path postgresDirectory;

	Memory(Path postgresDirectory) {
		this.postgresDirectory = postgresDirectory;
	}

	/** Per part of the system: processes, RSS, peak RSS and PSS in MB. */
	ObjectNode measure() {
		Map<String, long[]> parts = new LinkedHashMap<>();
		Set<Long> seen = new HashSet<>();
		postmaster().ifPresent((postmaster) -> {
			add(parts, seen, "postgresql", postmaster);
			postmaster.descendants().forEach((backend) -> add(parts, seen, "postgresql", backend));
		});
		ProcessHandle.current().children().forEach((child) -> add(parts, seen, partOf(child), child));
		ObjectNode node = Api.JSON.createObjectNode();
		long[] total = new long[4];
		parts.forEach((name, sums) -> {
			ObjectNode part = node.putObject(name);
			part.put("processes", sums[0]);
			part.put("rssMb", sums[1] / 1024);
			part.put("peakRssMb", sums[2] / 1024);
			part.put("pssMb", sums[3] / 1024);
			for (int i = 0; i < total.length; i++) {
				total[i] += sums[i];
			}
		});
		ObjectNode sum = node.putObject("total");
		sum.put("processes", total[0]);
		sum.put("rssMb", total[1] / 1024);
		sum.put("peakRssMb", total[2] / 1024);
		sum.put("pssMb", total[3] / 1024);
		return node;
	}

	private Optional<ProcessHandle> postmaster() {
		try {
			String pid = Files.readAllLines(this.postgresDirectory.resolve("postmaster.pid")).get(0).strip();
			return ProcessHandle.of(Long.parseLong(pid));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	private static String partOf(ProcessHandle process) {
		String command = process.info().arguments().map((args) -> String.join(" ", args)).orElse("");
		if (command.contains("command-side")) {
			return "command-side";
		}
		if (command.contains("query-side")) {
			return "query-side";
		}
		if (command.contains("kafka.Kafka")) {
			return "kafka";
		}
		return process.info().command().map((path) -> Path.of(path).getFileName().toString()).orElse("other");
	}

	private static void add(Map<String, long[]> parts, Set<Long> seen, String name, ProcessHandle process) {
		long pid = process.pid();
		if (!seen.add(pid)) {
			return;
		}
		long rss = kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
		long peak = kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmHWM:");
		long pss = kilobytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:");
		long[] sums = parts.computeIfAbsent(name, (key) -> new long[4]);
		sums[0]++;
		sums[1] += rss;
		sums[2] += peak;
		sums[3] += pss;
	}

	private static long kilobytes(Path file, String key) {
		try (Stream<String> lines = Files.lines(file)) {
			return lines.filter((line) -> line.startsWith(key))
				.findFirst()
				.map((line) -> Long.parseLong(line.replaceAll("[^0-9]", "")))
				.orElse(0L);
		}
		catch (IOException | RuntimeException ex) {
			return 0;
		}
	}

}
