package org.partnershipledger.query.web;

import java.util.Arrays;
import java.util.List;

/**
 * One choice in a select, radio group or checkbox group: the value sent, the words shown
 * and an optional hint.
 */
public record Option(String value, String label, String hint) {

	public static Option of(String value, String label) {
		return new Option(value, label, null);
	}

	/** Every value of an enum, in declaration order, in plain words. */
	public static <E extends Enum<E>> List<Option> of(Class<E> type) {
		return of(type.getEnumConstants());
	}

	@SafeVarargs
	public static <E extends Enum<E>> List<Option> of(E... values) {
		return Arrays.stream(values).map((value) -> of(value.name(), Labels.of(value))).toList();
	}

	/** Yes and No for a Boolean property. */
	public static List<Option> yesNo() {
		return List.of(of("true", "Yes"), of("false", "No"));
	}

}
