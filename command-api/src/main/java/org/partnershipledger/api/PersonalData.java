package org.partnershipledger.api;

import java.util.regex.Pattern;

/**
 * A coarse guard against personal data of service users in outcome reports: an e-mail
 * address or a long run of digits (an NHS or National Insurance style number) is refused.
 * Counts and cohort labels pass.
 */
final class PersonalData {

	static final String MESSAGE = "Describe the cohort in aggregate; no personal data of service users "
			+ "(no e-mail addresses or identifying numbers)";

	private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");

	private static final Pattern LONG_NUMBER = Pattern.compile("\\d[\\d ]{8,}\\d");

	private static final Pattern NI_NUMBER = Pattern.compile("\\b[A-Z]{2}\\d{6}[A-D]\\b");

	private PersonalData() {
	}

	static boolean looksLikeIt(String text) {
		return text != null
				&& (EMAIL.matcher(text).find() || LONG_NUMBER.matcher(text).find() || NI_NUMBER.matcher(text).find());
	}

}
