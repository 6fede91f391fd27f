package org.partnershipledger.query.export;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Comma-separated text as RFC 4180 writes it. A cell that a spreadsheet would run as a
 * formula (starting with =, +, -, @, a tab or a carriage return) is prefixed with an
 * apostrophe, because these files are opened by people in spreadsheets.
 */
final class Csv {

	private Csv() {
	}

	/** A header line and one line per row, each line ending with CRLF. */
	static String of(List<String> header, List<List<String>> rows) {
		StringBuilder text = new StringBuilder(line(header));
		rows.forEach((row) -> text.append(line(row)));
		return text.toString();
	}

	/** One line, ending with CRLF. */
	static String line(List<String> cells) {
		return cells.stream().map(Csv::cell).collect(Collectors.joining(",", "", "\r\n"));
	}

	static String cell(String value) {
		if (value == null) {
			return "";
		}
		String safe = (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) ? "'" + value : value;
		if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
			return "\"" + safe.replace("\"", "\"\"") + "\"";
		}
		return safe;
	}

}
