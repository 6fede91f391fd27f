package org.partnershipledger.query.history;

import java.time.Instant;
import java.util.Locale;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.api.BadParameterException;

/**
 * The two ways to ask what a partnership looked like on a date (DOMAIN.md §8): as the
 * record stood then, or as things took effect by then, including what was recorded later
 * with an earlier business date (a back-dated event or a correction).
 */
public enum Axis {

	/** The events recorded by the date: what the ledger said then. */
	RECORDED,

	/** The events that took effect by the date, whenever they were recorded. */
	EFFECTIVE;

	/** Whether the event counts on this axis at that moment. */
	public boolean includes(EventEnvelope envelope, Instant at) {
		Instant when = (this == RECORDED) ? envelope.recordedAt() : envelope.occurredAt();
		return !when.isAfter(at);
	}

	/** The axis a parameter names ({@code recorded} when blank). */
	public static Axis parse(String value) {
		if (value == null || value.isBlank()) {
			return RECORDED;
		}
		try {
			return valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new BadParameterException("axis", "Use axis=recorded or axis=effective");
		}
	}

	public String parameter() {
		return name().toLowerCase(Locale.ROOT);
	}

}
