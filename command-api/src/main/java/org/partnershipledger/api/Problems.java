package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the problems of a request, field by field. */
public final class Problems {

	private final List<FieldProblem> list = new ArrayList<>();

	public Problems required(Object value, String field) {
		if (value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> items && items.isEmpty())) {
			add(field, "Enter " + humanise(field));
		}
		return this;
	}

	public Problems maxLength(String value, int max, String field) {
		if (value != null && value.length() > max) {
			add(field, capitalise(humanise(field)) + " must be " + max + " characters or fewer");
		}
		return this;
	}

	public Problems minLength(String value, int min, String field, String why) {
		if (value != null && !value.isBlank() && value.strip().length() < min) {
			add(field, why);
		}
		return this;
	}

	public Problems notInFuture(Instant occurredAt, Clock clock) {
		if (occurredAt != null && occurredAt.isAfter(clock.instant())) {
			add("occurredAt", "The date it happened must not be in the future");
		}
		return this;
	}

	/** A list that, when given, holds no empty values. */
	public Problems noEmptyValues(Collection<?> values, String field) {
		if (values != null && values.stream()
			.anyMatch((value) -> value == null || (value instanceof String text && text.isBlank()))) {
			add(field, capitalise(humanise(field)) + " must not contain an empty value");
		}
		return this;
	}

	/** A date range whose end is not before its start. */
	public Problems notBefore(java.time.LocalDate end, java.time.LocalDate start, String field, String message) {
		if (end != null && start != null && end.isBefore(start)) {
			add(field, message);
		}
		return this;
	}

	public Problems check(boolean ok, String field, String message) {
		if (!ok) {
			add(field, message);
		}
		return this;
	}

	public Problems add(String field, String message) {
		this.list.add(new FieldProblem(field, message));
		return this;
	}

	public List<FieldProblem> list() {
		return List.copyOf(this.list);
	}

	static String humanise(String field) {
		String last = field.substring(field.lastIndexOf('.') + 1);
		return last.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String capitalise(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
