package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.PaymentKind;

/**
 * The commissioner scheduled a payment to a supplier ({@code payeePartyId}), linked to
 * outcome reports where it pays for outcomes. (A payment scheduled before the payee was
 * recorded has none: it is paid to the party whose reports it pays for, or to the sole
 * supplier.)
 */
@SchemaRevision("1")
public record PaymentScheduled(String partnershipId, String paymentId, PaymentKind kind, Money amount, LocalDate dueOn,
		List<String> linkedReportIds, String description, String payeePartyId,
		Instant occurredAt) implements PartnershipEvent {

	public PaymentScheduled {
		linkedReportIds = (linkedReportIds == null) ? List.of() : List.copyOf(linkedReportIds);
	}

}
