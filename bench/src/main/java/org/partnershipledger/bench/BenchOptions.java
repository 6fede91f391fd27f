package org.partnershipledger.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The command line: sizes, how long each step runs, where to write the JSON and where to
 * keep the data.
 *
 * @param quick tiny sizes, for checking that the program works
 * @param out where to write the JSON report, or {@code null}
 * @param events the events of the partnership B4 reads (and the projection cost is
 * measured at)
 * @param rebuildEvents the events B3 rebuilds from
 * @param duration how long each measured step of B0, B1 and B2 runs
 * @param loadBudget how long B3 may spend bringing the views to its size
 * @param clients the concurrency levels of B0 and B1
 * @param data the data directory, or {@code null} for a fresh one deleted afterwards
 * @param sections the sections to run (B0 to B4)
 */
record BenchOptions(boolean quick, Path out, int events, long rebuildEvents, Duration duration, Duration loadBudget,
		List<Integer> clients, Path data, Set<String> sections) {

	static final Set<String> ALL_SECTIONS = Set.of("B0", "B1", "B2", "B3", "B4");

	static final String USAGE = """
			Usage: java -jar bench/target/ledger-bench.jar [--quick] [--out FILE.json]
			         [--events N] [--rebuild-events N] [--duration SECONDS] [--load-budget SECONDS]
			         [--clients 1,4,16,64] [--data DIRECTORY] [--only B0,B1,B2,B3,B4]
			  --quick           tiny sizes (a few seconds per part): checks that the benchmark works
			  --out FILE        also write the report as JSON
			  --events N        events of the partnership B4 reads (default 10000; quick 100)
			  --rebuild-events N  events B3 rebuilds the views from (default 1000000; quick 2000)
			  --duration S      seconds per measured step of B0, B1 and B2 (default 10; quick 2)
			  --load-budget S   seconds B3 may spend loading the views (default 2400; quick 120);
			                    the report says the size it reached
			  --data DIR        keep the system's data here (default: a fresh temporary directory,
			                    deleted afterwards)
			  --only LIST       run only these sections (start-up and memory are always measured)""";

	static BenchOptions parse(String... args) {
		List<String> arguments = Arrays.asList(args);
		boolean quick = arguments.contains("--quick");
		for (int i = 0; i < arguments.size(); i++) {
			String argument = arguments.get(i);
			if (!argument.startsWith("--") || !KNOWN.contains(argument)) {
				throw new IllegalArgumentException("Unknown argument: " + argument);
			}
			if (!argument.equals("--quick")) {
				i++;
			}
		}
		String out = option(arguments, "--out", null);
		String data = option(arguments, "--data", null);
		Set<String> sections = new TreeSet<>();
		for (String section : option(arguments, "--only", String.join(",", ALL_SECTIONS)).split(",")) {
			String name = section.strip().toUpperCase();
			if (!ALL_SECTIONS.contains(name)) {
				throw new IllegalArgumentException("Unknown section " + section + "; use B0 to B4");
			}
			sections.add(name);
		}
		List<Integer> clients = Arrays.stream(option(arguments, "--clients", "1,4,16,64").split(","))
			.map(String::strip)
			.map(Integer::parseInt)
			.toList();
		return new BenchOptions(quick, (out == null) ? null : Path.of(out),
				positive(option(arguments, "--events", quick ? "100" : "10000"), "--events"),
				positive(option(arguments, "--rebuild-events", quick ? "2000" : "1000000"), "--rebuild-events"),
				Duration.ofSeconds(positive(option(arguments, "--duration", quick ? "2" : "10"), "--duration")),
				Duration
					.ofSeconds(positive(option(arguments, "--load-budget", quick ? "120" : "2400"), "--load-budget")),
				clients, (data == null) ? null : Path.of(data).toAbsolutePath(), sections);
	}

	private static final Set<String> KNOWN = Set.of("--quick", "--out", "--events", "--rebuild-events", "--duration",
			"--load-budget", "--clients", "--data", "--only");

	boolean runs(String section) {
		return this.sections.contains(section);
	}

	/** The highest concurrency level. */
	int maxClients() {
		return this.clients.stream().mapToInt(Integer::intValue).max().orElse(1);
	}

	private static int positive(String value, String name) {
		int number = Integer.parseInt(value.replace("_", ""));
		if (number < 1) {
			throw new IllegalArgumentException(name + " must be at least 1");
		}
		return number;
	}

	private static String option(List<String> arguments, String name, String fallback) {
		int at = arguments.indexOf(name);
		if (at < 0) {
			return fallback;
		}
		if (at + 1 >= arguments.size()) {
			throw new IllegalArgumentException(name + " needs a value");
		}
		return arguments.get(at + 1);
	}

}
