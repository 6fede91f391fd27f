package org.partnershipledger.events.framework;

import java.util.EnumMap;
import java.util.Map;

/** Scores D1 to D7 for tests, {@code null} where unknown. */
final class Scores {

	private Scores() {
	}

	static Map<Dimension, Integer> of(Integer... scores) {
		Map<Dimension, Integer> map = new EnumMap<>(Dimension.class);
		for (int i = 0; i < scores.length; i++) {
			map.put(Dimension.values()[i], scores[i]);
		}
		return map;
	}

	/** Parses "1,2,-,3,..." where "-" is unknown. */
	static Map<Dimension, Integer> parse(String scores) {
		String[] parts = scores.split(",");
		Integer[] values = new Integer[parts.length];
		for (int i = 0; i < parts.length; i++) {
			values[i] = parts[i].strip().equals("-") ? null : Integer.valueOf(parts[i].strip());
		}
		return of(values);
	}

}
