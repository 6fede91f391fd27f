package org.partnershipledger.query.timeline;

import java.time.Instant;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.api.DateOrInstant;

/**
 * Narrows a partnership's events; a {@code null} field does not narrow.
 *
 * @param type an event's wire name, such as {@code AdaptationAgreed}
 * @param actor the acting person's username ({@code actor.userId})
 * @param from the first moment of the period the events took effect in (their
 * {@code occurredAt}), inclusive
 * @param to the last moment of that period, inclusive
 */
public record TimelineFilter(String type, String actor, Instant from, Instant to) {

	public static final TimelineFilter NONE = new TimelineFilter(null, null, null, null);

	/**
	 * Reads the query parameters {@code type}, {@code actor}, {@code from} and {@code to}
	 * (dates or instants; a date covers its whole day in UK time).
	 * @throws BadParameterException naming the first parameter that is wrong
	 */
	public static TimelineFilter parse(String type, String actor, String from, String to) {
		String eventType = blankToNull(type);
		if (eventType != null && EventTypes.classOf(eventType).isEmpty()) {
			throw new BadParameterException("type", "\u201c" + eventType + "\u201d is not an event type. Use one of: "
					+ String.join(", ", EventTypes.names()));
		}
		Instant start = DateOrInstant.startOf(from, "from");
		Instant end = DateOrInstant.endOf(to, "to");
		if (start != null && end != null && end.isBefore(start)) {
			throw new BadParameterException("to", "The end of the period must not be before its start");
		}
		return new TimelineFilter(eventType, blankToNull(actor), start, end);
	}

	public boolean narrows() {
		return this.type != null || this.actor != null || this.from != null || this.to != null;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
