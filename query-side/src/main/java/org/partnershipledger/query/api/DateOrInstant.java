package org.partnershipledger.query.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.partnershipledger.events.model.BusinessCalendar;

/**
 * A moment a person or client names either as an instant ({@code 2025-04-01T09:30:00Z})
 * or as a business date ({@code 2025-04-01}), which stands for that whole day in UK time:
 * its first moment when it starts a period, its last when it ends one.
 */
public final class DateOrInstant {

	private DateOrInstant() {
	}

	/** The first moment meant, or {@code null} for a blank value. */
	public static Instant startOf(String value, String parameter) {
		return parse(value, parameter, false);
	}

	/** The last moment meant, or {@code null} for a blank value. */
	public static Instant endOf(String value, String parameter) {
		return parse(value, parameter, true);
	}

	private static Instant parse(String value, String parameter, boolean end) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		try {
			if (text.length() <= 10) {
				LocalDate date = LocalDate.parse(text);
				return end ? date.plusDays(1).atStartOfDay(BusinessCalendar.UK).toInstant().minusNanos(1000)
						: date.atStartOfDay(BusinessCalendar.UK).toInstant();
			}
			return Instant.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new BadParameterException(parameter, "Enter " + parameter
					+ " as a date such as 2025-04-01 or an instant in UTC such as 2025-04-01T09:30:00Z");
		}
	}

}
