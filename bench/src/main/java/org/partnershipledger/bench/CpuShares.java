package org.partnershipledger.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Where the machine's CPU went while a step ran, by process, read from Linux's
 * {@code /proc}: PostgreSQL (every server process), the Kafka broker, the command side,
 * the web app, this benchmark's clients (and the launcher it runs in) and the rest of the
 * machine. Each process's user and system time, its ended children's included, is summed
 * before and after; the machine's own total comes from {@code /proc/stat}. So a figure
 * that misses its target can be split into what each part costs per command.
 */
final class CpuShares {

	/** Clock ticks per second of {@code /proc}'s times ({@code getconf CLK_TCK}). */
	private static final double TICKS_PER_SECOND = 100;

	static final List<String> PARTS = List.of("PostgreSQL", "Kafka broker", "command side", "web app",
			"benchmark and launcher", "rest of the machine");

	private CpuShares() {
	}

	/** The CPU ticks spent so far by each part, and by the machine, busy or idle. */
	static Sample sample() {
		Map<String, Long> byPart = new LinkedHashMap<>();
		PARTS.forEach((part) -> byPart.put(part, 0L));
		long[] kernel = { 0 };
		long self = ProcessHandle.current().pid();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			processes.filter((path) -> path.getFileName().toString().chars().allMatch(Character::isDigit))
				.forEach((path) -> {
					String part = partOf(path, self);
					if (part != null) {
						long[] ticks = ticks(path);
						byPart.merge(part, ticks[0] + ticks[1], Long::sum);
						kernel[0] += ticks[1];
					}
				});
		}
		catch (IOException ex) {
			return new Sample(byPart, 0, 0, 0);
		}
		long[] machine = machineTicks();
		return new Sample(byPart, kernel[0], machine[0], machine[1]);
	}

	/**
	 * What each part spent between two samples: CPU seconds, its share of the machine's
	 * capacity over the step, and milliseconds of CPU per command when commands were
	 * counted.
	 */
	static ObjectNode between(Sample before, Sample after, long commands) {
		ObjectNode node = Api.JSON.createObjectNode();
		long machineTicks = after.machineTotal() - before.machineTotal();
		long busyTicks = after.machineBusy() - before.machineBusy();
		long accounted = 0;
		for (String part : PARTS) {
			if (part.equals(PARTS.get(PARTS.size() - 1))) {
				continue;
			}
			long ticks = after.byPart().get(part) - before.byPart().get(part);
			accounted += ticks;
			node.set(part, part(ticks, machineTicks, commands));
		}
		node.set(PARTS.get(PARTS.size() - 1), part(Math.max(0, busyTicks - accounted), machineTicks, commands));
		node.put("machineBusyShare", (machineTicks == 0) ? 0 : round((double) busyTicks / machineTicks));
		long kernelTicks = after.systemKernel() - before.systemKernel();
		node.put("kernelShareOfSystem", (accounted == 0) ? 0 : round((double) kernelTicks / accounted));
		node.put("cpuMsPerCommand", (commands == 0) ? 0 : round(busyTicks / TICKS_PER_SECOND * 1000 / commands));
		return node;
	}

	private static ObjectNode part(long ticks, long machineTicks, long commands) {
		ObjectNode node = Api.JSON.createObjectNode();
		node.put("cpuSeconds", round(ticks / TICKS_PER_SECOND));
		node.put("shareOfMachine", (machineTicks == 0) ? 0 : round((double) ticks / machineTicks));
		node.put("msPerCommand", (commands == 0) ? 0 : round(ticks / TICKS_PER_SECOND * 1000 / commands));
		return node;
	}

	/** Which part a process is, from its name and command line; {@code null} for none. */
	private static String partOf(Path process, long self) {
		if (process.getFileName().toString().equals(Long.toString(self))) {
			return "benchmark and launcher";
		}
		String commandLine = read(process.resolve("cmdline")).replace('\0', ' ');
		String name = read(process.resolve("comm")).strip();
		if (name.equals("postgres") || commandLine.contains("bin/postgres")) {
			return "PostgreSQL";
		}
		if (commandLine.contains("kafka.Kafka")) {
			return "Kafka broker";
		}
		if (commandLine.contains("command-side.jar")) {
			return "command side";
		}
		if (commandLine.contains("query-side.jar")) {
			return "web app";
		}
		return null;
	}

	/**
	 * User and kernel ticks of {@code /proc/PID/stat} (utime and cutime, stime and
	 * cstime), after the name.
	 */
	private static long[] ticks(Path process) {
		String stat = read(process.resolve("stat"));
		int afterName = stat.lastIndexOf(')');
		if (afterName < 0) {
			return new long[2];
		}
		String[] fields = stat.substring(afterName + 2).split(" ");
		// fields[0] is the state (field 3); utime is field 14
		try {
			return new long[] { Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[16 - 3]),
					Long.parseLong(fields[15 - 3]) + Long.parseLong(fields[17 - 3]) };
		}
		catch (RuntimeException ex) {
			// the process ended while being read: its time is its parent's now
			return new long[2];
		}
	}

	/** The machine's total and busy ticks over every core, from {@code /proc/stat}. */
	private static long[] machineTicks() {
		String first = read(Path.of("/proc/stat")).lines().findFirst().orElse("cpu");
		String[] fields = first.trim().split("\\s+");
		long total = 0;
		long idle = 0;
		for (int i = 1; i < fields.length; i++) {
			long value = Long.parseLong(fields[i]);
			// guest times are counted within user and nice already
			if (i <= 8) {
				total += value;
			}
			if (i == 4 || i == 5) {
				idle += value;
			}
		}
		return new long[] { total, total - idle };
	}

	private static String read(Path file) {
		try {
			return Files.readString(file, StandardCharsets.ISO_8859_1);
		}
		catch (IOException | RuntimeException ex) {
			return "";
		}
	}

	private static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	/**
	 * Ticks so far by part, how many of the system's were in the kernel, and the
	 * machine's total and busy ticks.
	 */
	record Sample(Map<String, Long> byPart, long systemKernel, long machineTotal, long machineBusy) {
	}

}
