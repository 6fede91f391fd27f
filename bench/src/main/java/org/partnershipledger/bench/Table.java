package org.partnershipledger.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** One block of the printed report: a title, column headings, rows and notes. */
final class Table {

	private final String title;

	private final List<String> columns;

	private final List<List<String>> rows = new ArrayList<>();

	private final List<String> notes = new ArrayList<>();

	Table(String title, String... columns) {
		this.title = title;
		this.columns = Arrays.asList(columns);
	}

	Table row(Object... cells) {
		this.rows.add(Arrays.stream(cells).map(Table::text).toList());
		return this;
	}

	Table note(String note) {
		this.notes.add(note);
		return this;
	}

	void print(PrintStream out) {
		out.println();
		out.println(this.title);
		if (!this.columns.isEmpty()) {
			int[] widths = new int[this.columns.size()];
			for (int i = 0; i < widths.length; i++) {
				widths[i] = this.columns.get(i).length();
				for (List<String> row : this.rows) {
					if (i < row.size()) {
						widths[i] = Math.max(widths[i], row.get(i).length());
					}
				}
			}
			boolean[] numeric = new boolean[widths.length];
			for (int i = 1; i < widths.length; i++) {
				numeric[i] = true;
				for (List<String> row : this.rows) {
					if (i < row.size() && !isNumber(row.get(i))) {
						numeric[i] = false;
					}
				}
			}
			out.println(line(this.columns, widths, numeric));
			StringBuilder rule = new StringBuilder("  ");
			for (int width : widths) {
				rule.append("-".repeat(width)).append("  ");
			}
			out.println(rule.toString().stripTrailing());
			for (List<String> row : this.rows) {
				out.println(line(row, widths, numeric));
			}
		}
		for (String note : this.notes) {
			out.println("  " + note);
		}
	}

	/** A number, or a blank or a dash standing for none. */
	private static boolean isNumber(String cell) {
		return cell.isEmpty() || cell.equals("-") || cell.matches("-?[0-9][0-9,]*(\\.[0-9]+)?");
	}

	private static String line(List<String> cells, int[] widths, boolean[] numeric) {
		StringBuilder line = new StringBuilder("  ");
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			String format = numeric[i] ? "%" + widths[i] + "s" : "%-" + widths[i] + "s";
			line.append(String.format(Locale.ROOT, format, cell)).append("  ");
		}
		return line.toString().stripTrailing();
	}

	static String text(Object cell) {
		if (cell == null) {
			return "-";
		}
		if (cell instanceof Double number) {
			double value = number;
			if (Double.isNaN(value)) {
				return "-";
			}
			if (Math.abs(value) >= 100) {
				return String.format(Locale.ROOT, "%,.0f", value);
			}
			return String.format(Locale.ROOT, (Math.abs(value) >= 10) ? "%.1f" : "%.2f", value);
		}
		if (cell instanceof Long || cell instanceof Integer) {
			return String.format(Locale.ROOT, "%,d", ((Number) cell).longValue());
		}
		return cell.toString();
	}

}
