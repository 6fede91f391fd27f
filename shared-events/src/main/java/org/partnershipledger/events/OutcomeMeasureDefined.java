package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * The commissioner defined a measure; a payment-linked one carries its rate. No payments
 * on an alignment partnership.
 */
@SchemaRevision("1")
public record OutcomeMeasureDefined(String partnershipId, String measureId, String name, MeasureKind kind, String unit,
		BigDecimal baseline, BigDecimal target, boolean paymentLinked, Money rate,
		Instant occurredAt) implements PartnershipEvent {

}
