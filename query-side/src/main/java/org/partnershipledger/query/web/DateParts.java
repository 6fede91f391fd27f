package org.partnershipledger.query.web;

import java.time.DateTimeException;
import java.time.LocalDate;

import org.springframework.validation.Errors;

/**
 * A date typed as day, month and year in three boxes, as the GOV.UK date input asks for
 * it. Text, so that what the person typed comes back to them when it is wrong.
 */
public class DateParts {

	private String day;

	private String month;

	private String year;

	public DateParts() {
	}

	public static DateParts of(LocalDate date) {
		DateParts parts = new DateParts();
		parts.day = String.valueOf(date.getDayOfMonth());
		parts.month = String.valueOf(date.getMonthValue());
		parts.year = String.valueOf(date.getYear());
		return parts;
	}

	public boolean isEmpty() {
		return blank(this.day) && blank(this.month) && blank(this.year);
	}

	/**
	 * The date, or {@code null} when it is not a real date (or the year has no four
	 * digits).
	 */
	public LocalDate toDate() {
		try {
			int y = Integer.parseInt(this.year.strip());
			if (y < 1000 || y > 9999) {
				return null;
			}
			return LocalDate.of(y, Integer.parseInt(this.month.strip()), Integer.parseInt(this.day.strip()));
		}
		catch (NullPointerException | NumberFormatException | DateTimeException ex) {
			return null;
		}
	}

	/**
	 * Reads the date of {@code field} on the form, rejecting it in words that say how to
	 * fix it.
	 * @param what the date's name in a sentence, such as "the start date"
	 */
	public static LocalDate read(DateParts parts, String field, String what, Errors errors) {
		if (parts == null || parts.isEmpty()) {
			errors.rejectValue(field, "required", "Enter " + what);
			return null;
		}
		LocalDate date = parts.toDate();
		if (date == null) {
			errors.rejectValue(field, "invalid", Labels.capitalise(what) + " must be a real date, like 1 4 2026");
		}
		return date;
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getDay() {
		return this.day;
	}

	public void setDay(String day) {
		this.day = day;
	}

	public String getMonth() {
		return this.month;
	}

	public void setMonth(String month) {
		this.month = month;
	}

	public String getYear() {
		return this.year;
	}

	public void setYear(String year) {
		this.year = year;
	}

}
