package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.PrincipleCode;

/**
 * An adaptation (a change to how the partnership works) through its life: proposed,
 * assessed, agreed or rejected or withdrawn, implemented, its effect evaluated. Each step
 * is kept, so the whole story of the change is on one record.
 *
 * @param triggerRefs the iterations, reviews or disputes that led to it
 * @param proposedAt when it was proposed (business time)
 * @param variationId the contract variation that rests on it, once recorded
 * @param changedAt when its status last changed (business time)
 * @param newPaymentMechanism for a payment mechanism change, the mechanism it moves to
 */
public record Adaptation(String adaptationId, AdaptationStatus status, String proposedByPartyId,
		String proposedByPartyName, AdaptationCategory category, AdaptationFormality formality, String title,
		String description, String rationale, List<String> triggerRefs, ExpectedImpact expectedImpact,
		List<String> affectedPartyIds, List<PrincipleCode> principlesInvoked, LocalDate proposedEffectiveDate,
		boolean urgent, Instant proposedAt, Actor proposedBy, AdaptationAssessment assessment,
		AdaptationAgreement agreement, AdaptationClosure rejection, AdaptationClosure withdrawal,
		AdaptationImplementation implementation, AdaptationEvaluation evaluation, String variationId, Instant changedAt,
		PaymentMechanism newPaymentMechanism) {

	@JsonCreator
	public Adaptation {
		triggerRefs = (triggerRefs == null) ? List.of() : List.copyOf(triggerRefs);
		affectedPartyIds = (affectedPartyIds == null) ? List.of() : List.copyOf(affectedPartyIds);
		principlesInvoked = (principlesInvoked == null) ? List.of() : List.copyOf(principlesInvoked);
	}

	/** An adaptation that changes no payment mechanism. */
	public Adaptation(String adaptationId, AdaptationStatus status, String proposedByPartyId,
			String proposedByPartyName, AdaptationCategory category, AdaptationFormality formality, String title,
			String description, String rationale, List<String> triggerRefs, ExpectedImpact expectedImpact,
			List<String> affectedPartyIds, List<PrincipleCode> principlesInvoked, LocalDate proposedEffectiveDate,
			boolean urgent, Instant proposedAt, Actor proposedBy, AdaptationAssessment assessment,
			AdaptationAgreement agreement, AdaptationClosure rejection, AdaptationClosure withdrawal,
			AdaptationImplementation implementation, AdaptationEvaluation evaluation, String variationId,
			Instant changedAt) {
		this(adaptationId, status, proposedByPartyId, proposedByPartyName, category, formality, title, description,
				rationale, triggerRefs, expectedImpact, affectedPartyIds, principlesInvoked, proposedEffectiveDate,
				urgent, proposedAt, proposedBy, assessment, agreement, rejection, withdrawal, implementation,
				evaluation, variationId, changedAt, null);
	}

	static Adaptation proposed(AdaptationProposed event, String proposerName, Actor actor) {
		return new Adaptation(event.adaptationId(), AdaptationStatus.PROPOSED, event.proposedByPartyId(), proposerName,
				event.category(), event.formality(), event.title(), event.description(), event.rationale(),
				event.triggerRefs(), event.expectedImpact(), event.affectedPartyIds(), event.principlesInvoked(),
				event.proposedEffectiveDate(), event.urgent(), event.occurredAt(), actor, null, null, null, null, null,
				null, null, event.occurredAt(), event.newPaymentMechanism());
	}

	/** When it was agreed, rejected or withdrawn; {@code null} while undecided. */
	public Instant decidedAt() {
		if (this.agreement != null) {
			return this.agreement.agreedAt();
		}
		if (this.rejection != null) {
			return this.rejection.at();
		}
		return (this.withdrawal != null) ? this.withdrawal.at() : null;
	}

	/** Still to be decided or implemented: PROPOSED, ASSESSED or AGREED. */
	public boolean open() {
		return this.status == AdaptationStatus.PROPOSED || this.status == AdaptationStatus.ASSESSED
				|| this.status == AdaptationStatus.AGREED;
	}

	/** Whether it names the iteration, review or dispute among its triggers. */
	public boolean triggeredBy(String ref) {
		return this.triggerRefs.contains(ref);
	}

	Adaptation assessed(AdaptationAssessment value) {
		return with(AdaptationStatus.ASSESSED, value, this.agreement, this.rejection, this.withdrawal,
				this.implementation, this.evaluation, this.variationId, value.assessedAt());
	}

	Adaptation agreed(AdaptationAgreement value) {
		return with(AdaptationStatus.AGREED, this.assessment, value, this.rejection, this.withdrawal,
				this.implementation, this.evaluation, this.variationId, value.agreedAt());
	}

	Adaptation rejected(AdaptationClosure value) {
		return with(AdaptationStatus.REJECTED, this.assessment, this.agreement, value, this.withdrawal,
				this.implementation, this.evaluation, this.variationId, value.at());
	}

	Adaptation withdrawn(AdaptationClosure value) {
		return with(AdaptationStatus.WITHDRAWN, this.assessment, this.agreement, this.rejection, value,
				this.implementation, this.evaluation, this.variationId, value.at());
	}

	Adaptation implemented(AdaptationImplementation value) {
		return with(AdaptationStatus.IMPLEMENTED, this.assessment, this.agreement, this.rejection, this.withdrawal,
				value, this.evaluation, this.variationId, value.recordedAt());
	}

	Adaptation evaluated(AdaptationEvaluation value) {
		return with(AdaptationStatus.EVALUATED, this.assessment, this.agreement, this.rejection, this.withdrawal,
				this.implementation, value, this.variationId, value.evaluatedAt());
	}

	/** The contract variation that rests on it has been recorded. */
	Adaptation varied(String variation, Instant at) {
		return with(this.status, this.assessment, this.agreement, this.rejection, this.withdrawal, this.implementation,
				this.evaluation, variation, at);
	}

	/** Whether a contract variation rests on it already. */
	public boolean varied() {
		return this.variationId != null;
	}

	private Adaptation with(AdaptationStatus newStatus, AdaptationAssessment newAssessment,
			AdaptationAgreement newAgreement, AdaptationClosure newRejection, AdaptationClosure newWithdrawal,
			AdaptationImplementation newImplementation, AdaptationEvaluation newEvaluation, String newVariationId,
			Instant at) {
		return new Adaptation(this.adaptationId, newStatus, this.proposedByPartyId, this.proposedByPartyName,
				this.category, this.formality, this.title, this.description, this.rationale, this.triggerRefs,
				this.expectedImpact, this.affectedPartyIds, this.principlesInvoked, this.proposedEffectiveDate,
				this.urgent, this.proposedAt, this.proposedBy, newAssessment, newAgreement, newRejection, newWithdrawal,
				newImplementation, newEvaluation, newVariationId, at, this.newPaymentMechanism);
	}

}
