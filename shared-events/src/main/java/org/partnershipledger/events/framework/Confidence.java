package org.partnershipledger.events.framework;

/** How confident a recommendation is. */
public enum Confidence {

	LOW, MEDIUM, HIGH;

	/** One step down; LOW stays LOW. */
	public Confidence lower() {
		return this == HIGH ? MEDIUM : LOW;
	}

	/** This confidence, but no higher than {@code cap}. */
	public Confidence atMost(Confidence cap) {
		return compareTo(cap) > 0 ? cap : this;
	}

}
