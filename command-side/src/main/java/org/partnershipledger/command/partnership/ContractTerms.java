package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.model.Money;

/**
 * The contract as signed and as it stands now: the original value and end stay, so that
 * every variation's cumulative change is measured against the original deal.
 */
record ContractTerms(String contractId, LocalDate startDate, Money originalValue, LocalDate originalEndDate,
		Money value, LocalDate endDate, LocalDate maxExtent) {

	static ContractTerms of(ContractConcluded event) {
		return new ContractTerms(event.contractId(), event.period().startDate(), event.value(),
				event.period().endDate(), event.value(), event.period().endDate(), event.period().maxExtent());
	}

	ContractTerms varied(Money newValue, LocalDate newEndDate) {
		return new ContractTerms(this.contractId, this.startDate, this.originalValue, this.originalEndDate, newValue,
				newEndDate, this.maxExtent);
	}

	ContractTerms extended(LocalDate newEndDate) {
		return varied(this.value, newEndDate);
	}

	/** The change from the value now, in per cent. */
	BigDecimal valueChangePct(Money after) {
		return percentChange(this.value.amount(), after.amount());
	}

	/** The change from the original value, in per cent. */
	BigDecimal cumulativeValueChangePct(Money after) {
		return percentChange(this.originalValue.amount(), after.amount());
	}

	/**
	 * The change of the term's length (days, both ends included) from now, in per cent.
	 */
	BigDecimal termChangePct(LocalDate endAfter) {
		return percentChange(days(this.endDate), days(endAfter));
	}

	/** The change of the term's length from the original term, in per cent. */
	BigDecimal cumulativeTermChangePct(LocalDate endAfter) {
		return percentChange(days(this.originalEndDate), days(endAfter));
	}

	private BigDecimal days(LocalDate end) {
		return BigDecimal.valueOf(ChronoUnit.DAYS.between(this.startDate, end) + 1);
	}

	static BigDecimal percentChange(BigDecimal before, BigDecimal after) {
		if (before.signum() == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return after.subtract(before).multiply(BigDecimal.valueOf(100)).divide(before, 2, RoundingMode.HALF_UP);
	}

}
