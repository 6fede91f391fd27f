package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;

/**
 * A payment as the aggregate remembers it: what it pays on, when it was scheduled, what
 * was paid and how it was adjusted since, so that an adjustment is checked against the
 * money it moves. (A snapshot taken before the amounts were kept has none: its
 * adjustments are then not checked.)
 *
 * @param adjusted the sum of the adjustments of each kind so far
 */
record Payment(String paymentId, PaymentKind kind, List<String> linkedReportIds, boolean made, Money amount,
		Instant scheduledAt, Money paid, Map<PaymentAdjustmentKind, BigDecimal> adjusted) {

	Payment {
		linkedReportIds = List.copyOf(linkedReportIds);
		Map<PaymentAdjustmentKind, BigDecimal> sums = new EnumMap<>(PaymentAdjustmentKind.class);
		if (adjusted != null) {
			sums.putAll(adjusted);
		}
		adjusted = sums;
	}

	static Payment scheduled(String paymentId, PaymentKind kind, List<String> linkedReportIds, Money amount,
			Instant scheduledAt) {
		return new Payment(paymentId, kind, linkedReportIds, false, amount, scheduledAt, null, Map.of());
	}

	Payment madeWith(Money paidAmount) {
		return new Payment(this.paymentId, this.kind, this.linkedReportIds, true, this.amount, this.scheduledAt,
				paidAmount, this.adjusted);
	}

	Payment adjustedBy(PaymentAdjustmentKind adjustment, Money by) {
		Map<PaymentAdjustmentKind, BigDecimal> sums = new EnumMap<>(this.adjusted);
		sums.merge(adjustment, by.amount(), BigDecimal::add);
		return new Payment(this.paymentId, this.kind, this.linkedReportIds, this.made, this.amount, this.scheduledAt,
				this.paid, sums);
	}

	/**
	 * Why the adjustment does not fit the payment; empty when it does. Money is withheld
	 * only from what is still to be paid, released only up to what was withheld, clawed
	 * back only from what was paid, and credited only up to what is left of the payment.
	 */
	Optional<String> refusal(PaymentAdjustmentKind adjustment, Money by) {
		Money base = this.made ? this.paid : this.amount;
		if (base == null) {
			return Optional.empty();
		}
		if (!by.currency().equals(base.currency())) {
			return Optional.of("The payment is in " + base.currency() + "; give the adjustment in it too");
		}
		BigDecimal credited = sum(PaymentAdjustmentKind.SERVICE_CREDIT);
		BigDecimal clawedBack = sum(PaymentAdjustmentKind.CLAWBACK);
		BigDecimal stillWithheld = sum(PaymentAdjustmentKind.WITHHELD).subtract(sum(PaymentAdjustmentKind.RELEASED));
		BigDecimal left = base.amount().subtract(credited).subtract(clawedBack);
		return switch (adjustment) {
			case WITHHELD -> this.made
					? Optional.of("Payment " + this.paymentId + " is already made: claw money back instead of "
							+ "withholding it")
					: beyond(by, left.subtract(stillWithheld), "withheld", "still to be paid");
			case RELEASED -> beyond(by, stillWithheld, "released", "withheld and not yet released");
			case CLAWBACK -> this.made ? beyond(by, left, "clawed back", "paid and not yet credited or clawed back")
					: Optional.of("Payment " + this.paymentId + " is not made yet: nothing was paid to claw back; "
							+ "withhold money or give a service credit instead");
			case SERVICE_CREDIT -> beyond(by, left.subtract(stillWithheld), "credited", "left of the payment");
		};
	}

	private Optional<String> beyond(Money by, BigDecimal most, String done, String what) {
		if (by.amount().compareTo(most) <= 0) {
			return Optional.empty();
		}
		return Optional.of("No more than " + most.stripTrailingZeros().toPlainString() + " " + by.currency()
				+ " can be " + done + ": that is what is " + what + " of payment " + this.paymentId);
	}

	private BigDecimal sum(PaymentAdjustmentKind adjustment) {
		return this.adjusted.getOrDefault(adjustment, BigDecimal.ZERO);
	}

}
