package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * The commissioner revised a measure. Once ACTIVE, under an agreed OUTCOME_MEASURE_CHANGE
 * adaptation.
 */
@SchemaRevision("1")
public record OutcomeMeasureRevised(String partnershipId, String measureId, String name, MeasureKind kind, String unit,
		BigDecimal baseline, BigDecimal target, boolean paymentLinked, Money rate, String adaptationId, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
