package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.MeasureKind;

/**
 * An outcome measure as it now stands, with every revision that brought it there.
 *
 * @param revisions each revision with the values it set, oldest first
 */
public record OutcomeMeasure(String measureId, String name, MeasureKind kind, String unit, BigDecimal baseline,
		BigDecimal target, boolean paymentLinked, Money rate, Instant definedAt, Actor definedBy,
		List<MeasureRevision> revisions) {

	public OutcomeMeasure {
		revisions = (revisions == null) ? List.of() : List.copyOf(revisions);
	}

	OutcomeMeasure revised(OutcomeMeasureRevised event, Actor actor) {
		List<MeasureRevision> all = new ArrayList<>(this.revisions);
		all.add(new MeasureRevision(event.name(), event.kind(), event.unit(), event.baseline(), event.target(),
				event.paymentLinked(), event.rate(), event.adaptationId(), event.reason(), event.occurredAt(), actor));
		return new OutcomeMeasure(this.measureId, event.name(), event.kind(), event.unit(), event.baseline(),
				event.target(), event.paymentLinked(), event.rate(), this.definedAt, this.definedBy, all);
	}

}
