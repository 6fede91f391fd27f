package org.partnershipledger.query.history;

import java.time.Instant;

import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.partnership.DateOrInstant;

/**
 * A moment to see a partnership as it stood, on one axis.
 *
 * @param at the moment, inclusive (a date stands for its last moment in UK time)
 * @param asked the moment as the person wrote it, to show it back
 */
public record AsOf(Instant at, Axis axis, String asked) {

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
