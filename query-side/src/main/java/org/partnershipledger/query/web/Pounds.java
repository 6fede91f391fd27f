package org.partnershipledger.query.web;

import java.math.BigDecimal;

import org.springframework.validation.Errors;

import org.partnershipledger.events.model.Money;

/**
 * An amount in pounds typed into a form (payments, adjustments, a contract's value after
 * a variation): required, a number, and not negative, each said in the form's words.
 */
public final class Pounds {

	private Pounds() {
	}

	/**
	 * The amount in {@code text} as pounds, {@code null} when it is missing, not a number
	 * or negative (then rejected on {@code field}).
	 * @param what what the amount is, as in "Enter the amount paid"
	 */
	public static Money read(String text, String field, String what, Errors errors) {
		FormChecks.required(errors, field, text, "Enter " + what + " in pounds");
		BigDecimal amount = Numbers.read(text, field,
				Labels.capitalise(what) + " must be an amount in pounds, like 12500", errors);
		if (amount == null) {
			return null;
		}
		if (amount.signum() < 0) {
			errors.rejectValue(field, "negative", Labels.capitalise(what) + " must be 0 or more");
			return null;
		}
		return new Money(amount, "GBP");
	}

	/** The amount as typed back into a form. */
	public static String text(Money money) {
		return (money == null) ? null : Numbers.text(money.amount());
	}

}
