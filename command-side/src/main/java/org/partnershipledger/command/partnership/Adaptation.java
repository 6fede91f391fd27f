package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;

/**
 * An adaptation as the aggregate remembers it: enough to decide who may move it on,
 * whether a governance body may agree it, and what a business date may not precede (when
 * it was proposed and agreed; {@code null} in a snapshot taken before they were kept),
 * and for a payment mechanism change the mechanism it moves to.
 */
record Adaptation(String adaptationId, String proposedByPartyId, AdaptationCategory category,
		AdaptationFormality formality, BigDecimal valueChangePct, BigDecimal termChangePct,
		List<String> affectedPartyIds, AdaptationStatus status, Instant proposedAt, Instant agreedAt,
		PaymentMechanism newPaymentMechanism) {

	Adaptation {
		affectedPartyIds = List.copyOf(affectedPartyIds);
	}

	Adaptation withStatus(AdaptationStatus newStatus) {
		return new Adaptation(this.adaptationId, this.proposedByPartyId, this.category, this.formality,
				this.valueChangePct, this.termChangePct, this.affectedPartyIds, newStatus, this.proposedAt,
				this.agreedAt, this.newPaymentMechanism);
	}

	Adaptation agreedOn(Instant at) {
		return new Adaptation(this.adaptationId, this.proposedByPartyId, this.category, this.formality,
				this.valueChangePct, this.termChangePct, this.affectedPartyIds, AdaptationStatus.AGREED,
				this.proposedAt, at, this.newPaymentMechanism);
	}

	/** Still to be decided: proposed or assessed. */
	boolean undecided() {
		return this.status == AdaptationStatus.PROPOSED || this.status == AdaptationStatus.ASSESSED;
	}

	/**
	 * Agreed, and perhaps implemented and evaluated since: it counts as a change made.
	 */
	boolean agreedOrLater() {
		return this.status == AdaptationStatus.AGREED || this.status == AdaptationStatus.IMPLEMENTED
				|| this.status == AdaptationStatus.EVALUATED;
	}

	/** Rejected or withdrawn: nothing may rest on it. */
	boolean closed() {
		return this.status == AdaptationStatus.REJECTED || this.status == AdaptationStatus.WITHDRAWN;
	}

	boolean implementedByProvider() {
		return this.category.implementedByProvider();
	}

}
