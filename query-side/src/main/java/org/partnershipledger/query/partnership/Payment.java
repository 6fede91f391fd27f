package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.PaymentStatus;

/**
 * A payment: scheduled (linked to the outcome reports it pays for, if any), then made,
 * with any adjustments in the order recorded.
 */
public record Payment(String paymentId, PaymentKind kind, Money amount, LocalDate dueOn, List<String> linkedReportIds,
		String description, PaymentStatus status, Instant scheduledAt, Actor scheduledBy, Money paidAmount,
		LocalDate paidOn, String reference, List<PaymentAdjustment> adjustments) {

	public Payment {
		linkedReportIds = (linkedReportIds == null) ? List.of() : List.copyOf(linkedReportIds);
		adjustments = (adjustments == null) ? List.of() : List.copyOf(adjustments);
	}

	Payment made(Money paid, LocalDate on, String paymentReference) {
		return new Payment(this.paymentId, this.kind, this.amount, this.dueOn, this.linkedReportIds, this.description,
				PaymentStatus.MADE, this.scheduledAt, this.scheduledBy, paid, on, paymentReference, this.adjustments);
	}

	Payment adjusted(PaymentAdjustment adjustment) {
		List<PaymentAdjustment> all = new ArrayList<>(this.adjustments);
		all.add(adjustment);
		return new Payment(this.paymentId, this.kind, this.amount, this.dueOn, this.linkedReportIds, this.description,
				this.status, this.scheduledAt, this.scheduledBy, this.paidAmount, this.paidOn, this.reference, all);
	}

}
