package org.partnershipledger.events.relational;

import java.util.List;
import java.util.Locale;

/**
 * The template an iteration's hypothesis follows, so that every iteration says what it
 * changes, for whom, to what effect, and how the provider will know.
 */
public final class Hypothesis {

	public static final String TEMPLATE = "We believe [change] for [cohort] will achieve [effect]; "
			+ "we will know when [measure] moves by [amount] within [time]";

	private static final List<String> REQUIRED_PHRASES = List.of("we believe", "will achieve", "we will know when");

	private Hypothesis() {
	}

	/** Whether the text contains every phrase of the template (case-insensitive). */
	public static boolean followsTemplate(String text) {
		if (text == null) {
			return false;
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return REQUIRED_PHRASES.stream().allMatch(lower::contains);
	}

}
