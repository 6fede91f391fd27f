package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentKind;

/**
 * The commissioner scheduled a payment, linked to outcome reports where it pays for
 * outcomes.
 */
@SchemaRevision("1")
public record PaymentScheduled(String partnershipId, String paymentId, PaymentKind kind, Money amount, LocalDate dueOn,
		List<String> linkedReportIds, String description, Instant occurredAt) implements PartnershipEvent {

	public PaymentScheduled {
		linkedReportIds = (linkedReportIds == null) ? List.of() : List.copyOf(linkedReportIds);
	}

}
