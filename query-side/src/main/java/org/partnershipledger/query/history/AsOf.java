package org.partnershipledger.query.history;

import java.time.Instant;

import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.api.DateOrInstant;

/**
 * A moment to see a partnership as it stood, on one axis.
 *
 * @param at the moment, inclusive (a date stands for its last moment in UK time)
 * @param asked the moment as the person wrote it, to show it back
 */
public record AsOf(Instant at, Axis axis, String asked) {

	/** The moment the answer stands at, in UTC. */
	public static final String HEADER = "X-Ledger-As-Of";

	public static final String AXIS_HEADER = "X-Ledger-Axis";

	/**
	 * The sequence numbers of the events in effect by then but recorded after it: where
	 * the two axes differ. Absent when they agree.
	 */
	public static final String RECORDED_LATER_HEADER = "X-Ledger-Recorded-Later";

	public static final String DESCRIPTION = "A date (2025-04-01, meaning the end of that day in UK time) or an instant "
			+ "in UTC (2025-04-01T09:30:00Z)";

	public static final String AXIS_DESCRIPTION = "recorded (default): events recorded by then; effective: events that took "
			+ "effect by then, including those recorded later";

	/**
	 * Reads {@code asOf} and {@code axis} query parameters; {@code null} when no
	 * {@code asOf} is given.
	 * @throws BadParameterException naming the parameter that is wrong
	 */
	public static AsOf parse(String asOf, String axis) {
		Axis chosen = Axis.parse(axis);
		Instant at = DateOrInstant.endOf(asOf, "asOf");
		return (at == null) ? null : new AsOf(at, chosen, asOf.strip());
	}

}
