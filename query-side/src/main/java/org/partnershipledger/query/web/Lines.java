package org.partnershipledger.query.web;

import java.util.Arrays;
import java.util.List;

/**
 * Text typed into forms: a list typed one item a line in a text area (conditions,
 * observable behaviours), and back; one text box's value.
 */
public final class Lines {

	private Lines() {
	}

	/** The non-blank lines, trimmed; empty for {@code null}. */
	public static List<String> of(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("\\R")).map(String::strip).filter((line) -> !line.isEmpty()).toList();
	}

	/** What was typed in one text box, trimmed; {@code null} when blank. */
	public static String textOrNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	public static String join(List<String> items) {
		return (items == null) ? null : String.join("\n", items);
	}

}
