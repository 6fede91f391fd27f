package org.partnershipledger.query.partnership;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.partnership.JointDecision.JointConfirmation;

/**
 * What each event does to the overview. It changes only the draft it was given, which
 * {@link PartnershipOverview#apply(EventEnvelope)} made for this one event, so the fold
 * as a whole stays pure.
 */
final class OverviewFold {

	private final OverviewState draft;

	private final EventEnvelope envelope;

	private final Actor actor;

	OverviewFold(OverviewState draft, EventEnvelope envelope) {
		this.draft = draft;
		this.envelope = envelope;
		this.actor = envelope.actor();
	}

	void apply(PartnershipEvent event) {
		if (this.draft.latestChoice != null) {
			this.draft.latestChoice = this.draft.latestChoice.settledBy(event);
		}
		if (event instanceof PartnershipRegistered registered) {
			registered(registered);
		}
		else if (event instanceof PartyJoined joined) {
			joined(joined);
		}
		else if (event instanceof PartyLeft left) {
			this.draft.changeParty(left.partyId(),
					(party) -> party.left(left.occurredAt(), left.reason(), left.partyChangeAdaptationId()));
			left.lapsedJointDecisionIds()
				.forEach((jointDecisionId) -> this.draft.changePendingDecision(jointDecisionId, (decision) -> null));
		}
		else if (event instanceof ServiceCharacteristicsAssessed assessed) {
			assessed(assessed);
		}
		else if (event instanceof PartnershipModelChosen chosen) {
			chosen(chosen);
		}
		else if (event instanceof PartnershipModelTransitioned transitioned) {
			transitioned(transitioned);
		}
		else if (event instanceof ContractConcluded concluded) {
			this.draft.contract = new Contract(concluded.contractId(), concluded.dateSigned(), concluded.period(),
					concluded.value(), concluded.supplierPartyIds(), concluded.relationalClausesIncluded(),
					concluded.occurredAt(), this.envelope.recordedAt(), this.actor);
			this.draft.contractNow = ContractNow.of(this.draft.contract);
			this.draft.reach(PartnershipStatus.ACTIVE);
		}
		else if (event instanceof AlignmentInstrumentAdopted adopted) {
			this.draft.alignmentInstrument = new AlignmentInstrument(adopted.instrumentId(), adopted.instrumentType(),
					adopted.signatoryPartyIds(), adopted.effectiveFrom(), adopted.reviewBy(), adopted.legallyBinding(),
					adopted.occurredAt(), this.envelope.recordedAt(), this.actor);
			this.draft.reach(PartnershipStatus.ACTIVE);
		}
		else if (event instanceof SharedVisionAgreed agreed) {
			if (this.draft.vision != null) {
				this.draft.earlierVisions.add(this.draft.vision);
			}
			this.draft.vision = new SharedVision(agreed.version(), agreed.statement(), agreed.agreedByPartyIds(),
					agreed.occurredAt(), this.envelope.recordedAt(), this.actor, this.envelope.authority());
		}
		else if (event instanceof GuidingPrinciplesAgreed agreed) {
			if (this.draft.principles != null) {
				this.draft.earlierPrinciples.add(this.draft.principles);
			}
			this.draft.principles = new GuidingPrinciples(agreed.version(), agreed.principles(),
					agreed.agreedByPartyIds(), agreed.occurredAt(), this.envelope.recordedAt(), this.actor,
					this.envelope.authority());
		}
		else if (event instanceof GovernanceArrangementsAgreed agreed) {
			if (this.draft.governance != null) {
				this.draft.earlierGovernance.add(this.draft.governance);
			}
			this.draft.governance = new Governance(agreed.version(), agreed.bodies(), agreed.delegations(),
					agreed.disputeLadder(), agreed.agreedByPartyIds(), agreed.occurredAt(), this.envelope.recordedAt(),
					this.actor, this.envelope.authority());
		}
		else if (event instanceof OutcomeMeasureDefined defined) {
			this.draft.measures.add(new OutcomeMeasure(defined.measureId(), defined.name(), defined.kind(),
					defined.unit(), defined.baseline(), defined.target(), defined.paymentLinked(), defined.rate(),
					defined.occurredAt(), this.actor, List.of()));
		}
		else if (event instanceof OutcomeMeasureRevised revised) {
			this.draft.changeMeasure(revised.measureId(), (measure) -> measure.revised(revised, this.actor));
		}
		else if (event instanceof AdaptationProposed proposed) {
			this.draft.adaptations
				.add(Adaptation.proposed(proposed, this.draft.partyName(proposed.proposedByPartyId()), this.actor));
		}
		else if (event instanceof AdaptationAssessed assessed) {
			this.draft.changeAdaptation(assessed.adaptationId(),
					(adaptation) -> adaptation.assessed(new AdaptationAssessment(assessed.legalGround(),
							assessed.cumulativeValueChangePct(), assessed.cumulativeTermChangePct(),
							assessed.substantialModificationRisk(), assessed.contractChangeNoticeRequired(),
							assessed.notes(), assessed.occurredAt(), this.actor)));
		}
		else if (event instanceof AdaptationAgreed agreed) {
			AdaptationAgreement agreement = new AdaptationAgreement(agreed.decidedByBodyId(),
					this.draft.bodyName(agreed.delegationVersion(), agreed.decidedByBodyId()), agreed.approvals(),
					agreed.conditions(), agreed.delegationVersion(), agreed.occurredAt(), this.actor,
					this.envelope.authority());
			this.draft.changeAdaptation(agreed.adaptationId(), (adaptation) -> {
				if (adaptation.newPaymentMechanism() != null) {
					this.draft.paymentMechanism = adaptation.newPaymentMechanism();
				}
				return adaptation.agreed(agreement);
			});
		}
		else if (event instanceof AdaptationRejected rejected) {
			this.draft.changeAdaptation(rejected.adaptationId(), (adaptation) -> adaptation
				.rejected(new AdaptationClosure(rejected.reason(), rejected.occurredAt(), this.actor)));
		}
		else if (event instanceof AdaptationWithdrawn withdrawn) {
			this.draft.changeAdaptation(withdrawn.adaptationId(), (adaptation) -> adaptation
				.withdrawn(new AdaptationClosure(withdrawn.reason(), withdrawn.occurredAt(), this.actor)));
		}
		else if (event instanceof AdaptationImplemented implemented) {
			this.draft.changeAdaptation(implemented.adaptationId(),
					(adaptation) -> adaptation.implemented(new AdaptationImplementation(implemented.implementedOn(),
							implemented.notes(), implemented.occurredAt(), this.actor)));
		}
		else if (event instanceof AdaptationEffectEvaluated evaluated) {
			this.draft.changeAdaptation(evaluated.adaptationId(),
					(adaptation) -> adaptation.evaluated(new AdaptationEvaluation(evaluated.effect(),
							evaluated.evidence(), evaluated.occurredAt(), this.actor)));
		}
		else if (event instanceof ProviderIterationStarted started) {
			this.draft.iterations.add(new Iteration(started.iterationId(), started.providerPartyId(),
					this.draft.partyName(started.providerPartyId()), started.title(), started.hypothesis(),
					started.changeDescription(), started.cohortOrScope(), started.linkedMeasureIds(),
					started.startedOn(), started.plannedEndOn(), started.withinAgreedFlexibility(),
					started.adaptationId(), started.occurredAt(), this.actor, null));
		}
		else if (event instanceof ProviderIterationConcluded concluded) {
			this.draft.changeIteration(concluded.iterationId(),
					(iteration) -> iteration.concludedWith(new IterationConclusion(concluded.endedOn(),
							concluded.evidence(), concluded.result(), concluded.decision(), concluded.learningSummary(),
							concluded.followUpAdaptationId(), concluded.occurredAt(), this.actor)));
		}
		else if (event instanceof ProviderIterationRecorded recorded) {
			this.draft.iterations.add(new Iteration(recorded.iterationId(), recorded.providerPartyId(),
					this.draft.partyName(recorded.providerPartyId()), recorded.title(), recorded.hypothesis(),
					recorded.changeDescription(), recorded.cohortOrScope(), recorded.linkedMeasureIds(),
					recorded.startedOn(), recorded.plannedEndOn(), recorded.withinAgreedFlexibility(),
					recorded.adaptationId(), recorded.occurredAt(), this.actor,
					new IterationConclusion(recorded.endedOn(), recorded.evidence(), recorded.result(),
							recorded.decision(), recorded.learningSummary(), recorded.followUpAdaptationId(),
							recorded.occurredAt(), this.actor)));
		}
		else if (!review(event) && !jointDecision(event)
				&& !new ContractAndAccountabilityFold(this.draft, this.actor).apply(event)) {
			throw new IllegalArgumentException("The overview does not know event type " + this.envelope.type());
		}
	}

	/** Applies a review point's event; {@code false} if it is not one. */
	private boolean review(PartnershipEvent event) {
		if (event instanceof ReviewPointScheduled scheduled) {
			this.draft.reviews.add(Review.scheduled(scheduled, this.actor));
		}
		else if (event instanceof ReviewPointRescheduled rescheduled) {
			this.draft.changeReview(rescheduled.reviewId(), (review) -> review.rescheduled(rescheduled.newDueDate(),
					rescheduled.reason(), rescheduled.occurredAt(), this.actor));
		}
		else if (event instanceof ReviewPointHeld held) {
			this.draft.changeReview(held.reviewId(), (review) -> review.held(held, this.actor));
			this.draft.latestHealthCheck = LatestHealth.later(this.draft.latestHealthCheck,
					this.draft.reviews.get(held.reviewId()));
		}
		else if (event instanceof ReviewMinutesConfirmed confirmed) {
			MinutesConfirmation confirmation = new MinutesConfirmation(confirmed.partyId(),
					this.draft.partyName(confirmed.partyId()), confirmed.dissent(), confirmed.occurredAt(), this.actor);
			this.draft.changeReview(confirmed.reviewId(), (review) -> review.minutesConfirmed(confirmation));
		}
		else if (event instanceof ReviewPointMissed missed) {
			this.draft.changeReview(missed.reviewId(),
					(review) -> review.missed(missed.occurredAt(), missed.detectedAt()));
		}
		else {
			return false;
		}
		return true;
	}

	/**
	 * Applies a joint decision's proposal, confirmation or declining; {@code false} if it
	 * is not one. The decision itself, once in force, is the event that follows the last
	 * confirmation.
	 */
	private boolean jointDecision(PartnershipEvent event) {
		if (event instanceof JointDecisionProposed proposed) {
			List<JointConfirmation> confirmations = new ArrayList<>();
			if (proposed.bindsPartyIds().contains(proposed.proposedByPartyId())) {
				confirmations.add(new JointConfirmation(proposed.proposedByPartyId(),
						this.draft.partyName(proposed.proposedByPartyId()), proposed.proposersComment(),
						proposed.occurredAt(), this.actor));
			}
			List<String> awaiting = proposed.bindsPartyIds()
				.stream()
				.filter((partyId) -> !partyId.equals(proposed.proposedByPartyId()))
				.toList();
			this.draft.pendingDecisions
				.add(new JointDecision(proposed.jointDecisionId(), proposed.kind(), what(proposed), proposed,
						proposed.proposedByPartyId(), this.draft.partyName(proposed.proposedByPartyId()),
						proposed.bindsPartyIds(), confirmations, awaiting, proposed.occurredAt(),
						this.envelope.recordedAt(), this.actor, this.envelope.authority()));
		}
		else if (event instanceof JointDecisionConfirmed confirmed) {
			JointConfirmation confirmation = new JointConfirmation(confirmed.partyId(),
					this.draft.partyName(confirmed.partyId()), confirmed.comment(), confirmed.occurredAt(), this.actor);
			this.draft.changePendingDecision(confirmed.jointDecisionId(), (decision) -> {
				JointDecision more = decision.confirmedBy(confirmation);
				return more.awaitingPartyIds().isEmpty() ? null : more;
			});
		}
		else if (event instanceof JointDecisionDeclined declined) {
			this.draft.changePendingDecision(declined.jointDecisionId(), (decision) -> null);
		}
		else {
			return false;
		}
		return true;
	}

	/** What a proposed joint decision decides, in words. */
	private String what(JointDecisionProposed proposed) {
		PartnershipEvent decision = proposed.proposal();
		if (decision instanceof SharedVisionAgreed vision) {
			return "Version " + vision.version() + " of the shared vision";
		}
		if (decision instanceof GuidingPrinciplesAgreed principles) {
			return "Version " + principles.version() + " of the guiding principles";
		}
		if (decision instanceof GovernanceArrangementsAgreed governance) {
			return "Version " + governance.version() + " of the governance arrangements";
		}
		if (decision instanceof AlignmentInstrumentAdopted instrument) {
			return "The alignment instrument, a "
					+ instrument.instrumentType().name().replace('_', ' ').toLowerCase(Locale.ROOT);
		}
		if (decision instanceof AdaptationAgreed agreed) {
			Adaptation adaptation = this.draft.adaptations.get(agreed.adaptationId());
			return "The agreement of adaptation \u201c"
					+ ((adaptation != null) ? adaptation.title() : agreed.adaptationId()) + "\u201d by "
					+ this.draft.bodyName(agreed.delegationVersion(), agreed.decidedByBodyId());
		}
		DisputeResolved resolved = (DisputeResolved) decision;
		Dispute dispute = this.draft.disputes.get(resolved.disputeId());
		return "The resolution of dispute \u201c" + ((dispute != null) ? dispute.subject() : resolved.disputeId())
				+ "\u201d";
	}

	private void registered(PartnershipRegistered event) {
		PartyRef commissioner = event.commissioningParty();
		Party first = new Party(commissioner.partyId(), commissioner.name(), commissioner.identifier(),
				List.of(PartyRole.COMMISSIONER), null, "Registered the partnership", event.occurredAt());
		this.draft.partnershipId = event.partnershipId();
		this.draft.title = event.title();
		this.draft.description = event.description();
		this.draft.serviceArea = event.serviceArea();
		this.draft.legalRegime = event.legalRegime();
		this.draft.plannedPeriod = event.plannedPeriod();
		this.draft.estimatedValue = event.estimatedValue();
		this.draft.status = PartnershipStatus.REGISTERED;
		this.draft.commissioningParty = commissioner;
		this.draft.parties.add(first);
		// the business date, like every other date a person reads on the overview
		this.draft.registeredAt = event.occurredAt();
	}

	private void joined(PartyJoined event) {
		this.draft.parties.add(new Party(event.partyId(), event.party().name(), event.party().identifier(),
				event.roles(), event.basis(), event.reason(), event.occurredAt(), event.partyChangeAdaptationId(), null,
				null, null));
	}

	private void assessed(ServiceCharacteristicsAssessed event) {
		Assessment assessment = new Assessment(event.assessmentId(), event.trigger(), event.moneyChangesHands(),
				event.outcomeMetricsAvailable(), event.scores(), event.recommendation(), event.previousAssessmentId(),
				event.changedDimensions(), event.recommendationChanged(), event.occurredAt(),
				this.envelope.recordedAt(), this.actor);
		this.draft.assessments.add(assessment);
		this.draft.latestAssessment = assessment;
		this.draft.recommendedModel = event.recommendation().model();
		this.draft.reach(PartnershipStatus.ASSESSED);
		this.draft.evolution = this.draft.evolution.after(event);
	}

	private void chosen(PartnershipModelChosen event) {
		this.draft.latestChoice = new ModelChoice(event.decisionId(), event.chosenModel(), event.paymentMechanism(),
				event.basedOnAssessmentId(), event.recommendedModel(), event.recommendationConfidence(),
				event.departsFromRecommendation(), event.departureJustification(), event.departureReasonCodes(),
				event.previousModel(), event.occurredAt(), this.envelope.recordedAt(), this.actor);
		this.draft.chosenModel = event.chosenModel();
		this.draft.paymentMechanism = event.paymentMechanism();
		this.draft.reach(PartnershipStatus.MODEL_CHOSEN);
		this.draft.evolution = this.draft.evolution.after(event);
	}

	/**
	 * A move along the spectrum: the partnership stays live, its model and mechanism
	 * change.
	 */
	private void transitioned(PartnershipModelTransitioned event) {
		this.draft.latestChoice = new ModelChoice(event.decisionId(), event.newModel(), event.newPaymentMechanism(),
				event.basedOnAssessmentId(), event.recommendedModel(), event.recommendationConfidence(),
				event.departsFromRecommendation(), event.departureJustification(), event.departureReasonCodes(),
				event.previousModel(), event.occurredAt(), this.envelope.recordedAt(), this.actor, true,
				event.pending());
		this.draft.chosenModel = event.newModel();
		this.draft.paymentMechanism = event.newPaymentMechanism();
		this.draft.evolution = this.draft.evolution.after(event);
	}

}
