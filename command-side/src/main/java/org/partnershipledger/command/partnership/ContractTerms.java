package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.model.Money;

/**
 * The contract as signed and as it stands now: the original value and end stay, so that
 * every variation's cumulative change is measured against the original deal. (A snapshot
 * taken before the suppliers were kept has none.)
 */
record ContractTerms(String contractId, LocalDate startDate, Money originalValue, LocalDate originalEndDate,
		Money value, LocalDate endDate, LocalDate maxExtent, List<String> supplierPartyIds) {

	ContractTerms {
		supplierPartyIds = (supplierPartyIds == null) ? List.of() : List.copyOf(supplierPartyIds);
	}

	static ContractTerms of(ContractConcluded event) {
		return new ContractTerms(event.contractId(), event.period().startDate(), event.value(),
				event.period().endDate(), event.value(), event.period().endDate(), event.period().maxExtent(),
				event.supplierPartyIds());
	}

	ContractTerms varied(Money newValue, LocalDate newEndDate) {
		return new ContractTerms(this.contractId, this.startDate, this.originalValue, this.originalEndDate, newValue,
				newEndDate, this.maxExtent, this.supplierPartyIds);
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

	/**
	 * The change from the original value once further changes of the given percentages
	 * apply to the value now: changes compound, they do not add.
	 */
	BigDecimal cumulativeValueChangePctAfter(List<BigDecimal> furtherPct) {
		return Compounding.changePct(this.originalValue.amount(), this.value.amount(), furtherPct);
	}

	/** As {@link #cumulativeValueChangePctAfter}, for the term's length. */
	BigDecimal cumulativeTermChangePctAfter(List<BigDecimal> furtherPct) {
		return Compounding.changePct(days(this.originalEndDate), days(this.endDate), furtherPct);
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
