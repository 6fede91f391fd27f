package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;

/**
 * The commissioner's assessment of an adaptation. The cumulative changes include every
 * agreed or implemented adaptation before it and this one.
 */
public record AdaptationAssessment(LegalGround legalGround, BigDecimal cumulativeValueChangePct,
		BigDecimal cumulativeTermChangePct, ModificationRisk substantialModificationRisk,
		boolean contractChangeNoticeRequired, String notes, Instant assessedAt, Actor actor) {

}
