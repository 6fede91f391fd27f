package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;

import org.partnershipledger.events.model.Money;

/**
 * A scheduled payment was made.
 */
@SchemaRevision("1")
public record PaymentMade(String partnershipId, String paymentId, Money amount, LocalDate paidOn, String reference,
		Instant occurredAt) implements PartnershipEvent {

}
