package org.partnershipledger.events;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;

/**
 * The commissioner assessed an adaptation: the legal ground recorded, and the cumulative
 * value and term change (computed by the aggregate) with this one.
 */
@SchemaRevision("1")
public record AdaptationAssessed(String partnershipId, String adaptationId, LegalGround legalGround,
		BigDecimal cumulativeValueChangePct, BigDecimal cumulativeTermChangePct,
		ModificationRisk substantialModificationRisk, boolean contractChangeNoticeRequired, String notes,
		Instant occurredAt) implements PartnershipEvent {

}
