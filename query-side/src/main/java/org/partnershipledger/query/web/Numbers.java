package org.partnershipledger.query.web;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

/**
 * Numbers typed into text boxes (percentages, amounts, baselines), kept as text on the
 * form so that what was typed comes back when it is wrong.
 */
public final class Numbers {

	private Numbers() {
	}

	/**
	 * The number in {@code text}, {@code null} when nothing was typed or it is not a
	 * number (then rejected on {@code field} with {@code message}).
	 */
	public static BigDecimal read(String text, String field, String message, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			return new BigDecimal(text.replace("£", "").replace("%", "").replace(",", "").strip());
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "invalid", message);
			return null;
		}
	}

	/** The number as typed back into a form. */
	public static String text(BigDecimal number) {
		return (number == null) ? null : number.stripTrailingZeros().toPlainString();
	}

}
