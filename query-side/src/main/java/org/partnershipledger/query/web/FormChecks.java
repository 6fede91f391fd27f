package org.partnershipledger.query.web;

import java.util.Collection;

import org.springframework.validation.Errors;

/**
 * The "you left this out" checks, worded for a person filling in a page ("Select the
 * legal regime") rather than for an API client. They run before the request's own checks,
 * which then add only what these did not catch.
 */
public final class FormChecks {

	private FormChecks() {
	}

	public static void required(Errors errors, String field, Object value, String message) {
		boolean missing = value == null || (value instanceof String text && text.isBlank())
				|| (value instanceof Collection<?> items && items.isEmpty());
		if (missing && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "required", message);
		}
	}

}
