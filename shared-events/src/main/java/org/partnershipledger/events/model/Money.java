package org.partnershipledger.events.model;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * An amount in an ISO 4217 currency. Two amounts are equal when they are the same number,
 * however written ({@code 4500000} and {@code 4.5E+6} alike).
 */
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

	@Override
	public boolean equals(Object other) {
		return other instanceof Money money && this.amount.compareTo(money.amount) == 0
				&& this.currency.equals(money.currency);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.amount.stripTrailingZeros(), this.currency);
	}

}
