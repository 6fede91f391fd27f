package org.partnershipledger.events.model;

import java.math.BigDecimal;

/** An amount in an ISO 4217 currency. */
public record Money(BigDecimal amount, String currency) {

	public Money {
		Require.present(amount, "amount");
		Require.text(currency, "currency");
		if (amount.signum() < 0) {
			throw new IllegalArgumentException("amount must not be negative");
		}
		if (!currency.matches("[A-Z]{3}")) {
			throw new IllegalArgumentException("currency must be a three-letter ISO 4217 code such as GBP");
		}
	}

}
