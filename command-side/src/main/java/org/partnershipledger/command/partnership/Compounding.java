package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * Percentage changes made one after another compound: +10% then +10% is +21%, not +20%
 * (DOMAIN.md §2.5, the value and term trigger).
 */
final class Compounding {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private Compounding() {
	}

	/**
	 * The change, in per cent to two places, from {@code original} to {@code now} with
	 * the further changes applied to it in turn.
	 */
	static BigDecimal changePct(BigDecimal original, BigDecimal now, List<BigDecimal> furtherPct) {
		if (original.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		BigDecimal factor = now.divide(original, MathContext.DECIMAL64);
		for (BigDecimal pct : furtherPct) {
			factor = factor.multiply(BigDecimal.ONE.add(pct.divide(HUNDRED, MathContext.DECIMAL64)));
		}
		return factor.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
	}

}
