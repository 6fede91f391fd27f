package org.partnershipledger.events.model;

/** Guards for compact constructors of value objects. */
final class Require {

	private Require() {
	}

	static String text(String value, String name) {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(name + " must not be blank");
		}
		return value;
	}

	static <T> T present(T value, String name) {
		if (value == null) {
			throw new IllegalArgumentException(name + " must be given");
		}
		return value;
	}

}
