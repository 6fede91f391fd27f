package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * One revision of an outcome measure: the values it set, why, and the agreed adaptation
 * it rests on (once the partnership is ACTIVE).
 */
public record MeasureRevision(String name, MeasureKind kind, String unit, BigDecimal baseline, BigDecimal target,
		boolean paymentLinked, Money rate, String adaptationId, String reason, Instant revisedAt, Actor actor) {

}
