package org.partnershipledger.bench;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The query side's own measure of its projection: Spring Kafka's listener timer
 * ({@code spring_kafka_listener_seconds}) for the partnership events listener, read from
 * {@code /actuator/prometheus} as an administrator. The difference of two readings gives
 * the mean time the listener spent per record in between.
 */
final class ListenerTimer {

	private static final Pattern LINE = Pattern
		.compile("^spring_kafka_listener_seconds_(sum|count)\\{([^}]*)\\}\\s+([0-9.eE+-]+)$", Pattern.MULTILINE);

	private final PageSession admin;

	ListenerTimer(PageSession admin) {
		this.admin = admin;
	}

	/** The timer now; {@code null} when the app does not expose it. */
	Reading read() {
		Api.Result result = this.admin.get("/actuator/prometheus");
		if (!result.ok()) {
			return null;
		}
		Matcher line = LINE.matcher(result.body());
		double seconds = 0;
		double count = 0;
		boolean found = false;
		while (line.find()) {
			if (!line.group(2).contains("partnership-events-projection")) {
				continue;
			}
			found = true;
			double value = Double.parseDouble(line.group(3));
			if (line.group(1).equals("sum")) {
				seconds += value;
			}
			else {
				count += value;
			}
		}
		return found ? new Reading(seconds, count) : null;
	}

	/** The listener's total time and records so far. */
	record Reading(double seconds, double records) {

		/** Mean milliseconds per record since an earlier reading; NaN without one. */
		double millisPerRecordSince(Reading earlier) {
			if (earlier == null || this.records <= earlier.records) {
				return Double.NaN;
			}
			return Report.round((this.seconds - earlier.seconds) * 1000 / (this.records - earlier.records));
		}

	}

}
