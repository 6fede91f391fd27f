package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.DepartureReason;

/**
 * The commissioner's choice of model, with any departure from the recommendation. A
 * choice on a live partnership is a transition ({@code transition}); what it still waits
 * for before the new model is in force is {@code pending} (DOMAIN.md §2.6), empty once
 * settled.
 */
public record ModelChoice(String decisionId, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		String basedOnAssessmentId, PartnershipModel recommendedModel, Confidence recommendationConfidence,
		boolean departsFromRecommendation, String departureJustification, List<DepartureReason> departureReasonCodes,
		PartnershipModel previousModel, Instant occurredAt, Instant recordedAt, Actor actor, boolean transition,
		List<TransitionPrerequisite> pending) {

	@JsonCreator
	public ModelChoice {
		departureReasonCodes = (departureReasonCodes == null) ? List.of() : List.copyOf(departureReasonCodes);
		pending = (pending == null) ? List.of() : List.copyOf(pending);
	}

	/** A choice before the partnership was live. */
	public ModelChoice(String decisionId, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			String basedOnAssessmentId, PartnershipModel recommendedModel, Confidence recommendationConfidence,
			boolean departsFromRecommendation, String departureJustification,
			List<DepartureReason> departureReasonCodes, PartnershipModel previousModel, Instant occurredAt,
			Instant recordedAt, Actor actor) {
		this(decisionId, chosenModel, paymentMechanism, basedOnAssessmentId, recommendedModel, recommendationConfidence,
				departsFromRecommendation, departureJustification, departureReasonCodes, previousModel, occurredAt,
				recordedAt, actor, false, List.of());
	}

	/** The same choice, with what the event records no longer pending. */
	ModelChoice settledBy(PartnershipEvent event) {
		if (this.pending.stream().noneMatch((prerequisite) -> prerequisite.satisfiedBy(event))) {
			return this;
		}
		return new ModelChoice(this.decisionId, this.chosenModel, this.paymentMechanism, this.basedOnAssessmentId,
				this.recommendedModel, this.recommendationConfidence, this.departsFromRecommendation,
				this.departureJustification, this.departureReasonCodes, this.previousModel, this.occurredAt,
				this.recordedAt, this.actor, this.transition,
				this.pending.stream().filter((prerequisite) -> !prerequisite.satisfiedBy(event)).toList());
	}

	/** What is still pending, as people read it, e.g. "the contract ended". */
	public List<String> pendingInWords() {
		return this.pending.stream().map(TransitionPrerequisite::words).toList();
	}

}
