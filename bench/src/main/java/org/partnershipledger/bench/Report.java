package org.partnershipledger.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The benchmark's results: one JSON document (sections {@code machine}, {@code startup},
 * {@code memory}, {@code b0} to {@code b4}, {@code targets}) and the same as tables for
 * people.
 */
final class Report {

	private final ObjectNode root = Api.JSON.createObjectNode();

	private final List<Table> tables = new ArrayList<>();

	private final Table targets = new Table("Targets (for later work; ratio >= 1 meets the target)", "target",
			"measured", "target value", "ratio", "verdict");

	ObjectNode root() {
		return this.root;
	}

	ObjectNode section(String name) {
		return this.root.withObject("/" + name);
	}

	Table table(String title, String... columns) {
		Table table = new Table(title, columns);
		this.tables.add(table);
		return table;
	}

	/**
	 * A target to judge later work by: met when the measured value is at least (or at
	 * most) the target value. The ratio is measured/target for "at least" and
	 * target/measured for "at most", so 1 or more always meets it.
	 */
	void target(String name, Double measured, double target, boolean atLeast, String unit) {
		ArrayNode list = this.root.withArray("/targets");
		ObjectNode node = list.addObject();
		node.put("target", name);
		node.put("comparison", atLeast ? ">=" : "<=");
		node.put("targetValue", target);
		node.put("unit", unit);
		String verdict;
		Double ratio = null;
		if (measured == null || measured.isNaN()) {
			node.putNull("measured");
			node.putNull("ratio");
			verdict = "NOT MEASURED";
		}
		else {
			node.put("measured", measured);
			ratio = atLeast ? measured / target : ((measured == 0) ? Double.POSITIVE_INFINITY : target / measured);
			node.put("ratio", Math.round(ratio * 100) / 100.0);
			verdict = (ratio >= 1) ? "MEETS" : "MISSES";
		}
		node.put("verdict", verdict);
		this.targets.row(name, (measured == null) ? null : format(measured) + " " + unit,
				(atLeast ? ">= " : "<= ") + format(target) + " " + unit,
				(ratio == null) ? null : (ratio.isInfinite() ? "inf" : format(ratio)), verdict);
	}

	/** A yes/no target, such as "nothing missing". */
	void check(String name, Boolean holds, String measured) {
		ObjectNode node = this.root.withArray("/targets").addObject();
		node.put("target", name);
		node.put("measured", measured);
		node.put("verdict", (holds == null) ? "NOT MEASURED" : (holds ? "MEETS" : "MISSES"));
		this.targets.row(name, measured, "yes", null, node.get("verdict").asText());
	}

	void print(PrintStream out) {
		for (Table table : this.tables) {
			table.print(out);
		}
		this.targets.print(out);
		out.println();
	}

	void write(Path file) throws IOException {
		Path parent = file.toAbsolutePath().getParent();
		if (parent != null) {
			Files.createDirectories(parent);
		}
		Api.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this.root);
	}

	static String format(double value) {
		return Table.text(value);
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

}
