package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

import org.partnershipledger.events.model.Money;

/**
 * The contract's value and end date now, after its variations and extensions, against the
 * original deal. The cumulative changes are those of the latest variation (zero before
 * any): an extension the contract period allowed is part of the original deal.
 */
public record ContractNow(Money originalValue, LocalDate originalEndDate, Money value, LocalDate endDate,
		BigDecimal cumulativeValueChangePct, BigDecimal cumulativeTermChangePct) {

	/** The contract as concluded. */
	public static ContractNow of(Contract contract) {
		LocalDate end = (contract.period() != null) ? contract.period().endDate() : null;
		return new ContractNow(contract.value(), end, contract.value(), end, BigDecimal.ZERO, BigDecimal.ZERO);
	}

	ContractNow varied(ContractVariation variation) {
		return new ContractNow(this.originalValue, this.originalEndDate,
				(variation.valueAfter() != null) ? variation.valueAfter() : this.value,
				(variation.termEndAfter() != null) ? variation.termEndAfter() : this.endDate,
				(variation.cumulativeValueChangePct() != null) ? variation.cumulativeValueChangePct()
						: this.cumulativeValueChangePct,
				(variation.cumulativeTermChangePct() != null) ? variation.cumulativeTermChangePct()
						: this.cumulativeTermChangePct);
	}

	ContractNow extendedTo(LocalDate newEndDate) {
		return new ContractNow(this.originalValue, this.originalEndDate, this.value, newEndDate,
				this.cumulativeValueChangePct, this.cumulativeTermChangePct);
	}

	/** Whether anything differs from the contract as concluded. */
	public boolean changed() {
		return !Objects.equals(this.value, this.originalValue) || !Objects.equals(this.endDate, this.originalEndDate);
	}

}
