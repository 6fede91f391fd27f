package org.partnershipledger.query.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The read model of one partnership: what the overview page and {@code GET
 * /api/v1/partnerships/{id}} show. It is built by a pure fold over the partnership's
 * envelopes ({@link #apply(EventEnvelope)}), so the same code serves the live projection,
 * rebuilds and views as of a past date.
 *
 * @param version the sequence number of the last event applied; -1 before the first
 * @param recommendedModel the model the latest assessment recommends
 * @param divergent whether the chosen model differs from the latest recommendation
 * @param divergentSince when the current divergence began (business time)
 */
public record PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
		LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
		PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
		PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
		Instant lastRecordedAt) {

	public PartnershipOverview {
		parties = (parties == null) ? List.of() : List.copyOf(parties);
		assessments = (assessments == null) ? List.of() : List.copyOf(assessments);
	}

	/** The state before any event. */
	public static PartnershipOverview empty() {
		return new PartnershipOverview(null, null, null, null, null, null, null, null, -1, null, List.of(), null,
				List.of(), null, null, null, null, false, null, null, null);
	}

	/** Whether any event has been applied. */
	public boolean exists() {
		return this.version >= 0;
	}

	/** The party whose organisation has this identifier, if it is a party. */
	public Optional<Party> partyOf(OrganisationIdentifier identifier) {
		return this.parties.stream().filter((party) -> party.identifier().equals(identifier)).findFirst();
	}

	/**
	 * The overview after one more event. Pure: the receiver is unchanged.
	 * @throws IllegalArgumentException if the envelope belongs to another partnership, or
	 * its payload cannot be read
	 */
	public PartnershipOverview apply(EventEnvelope envelope) {
		if (this.partnershipId != null && !this.partnershipId.equals(envelope.partnershipId())) {
			throw new IllegalArgumentException("Event of partnership " + envelope.partnershipId()
					+ " applied to the overview of " + this.partnershipId);
		}
		PartnershipEvent event = envelope.event();
		if (this.partnershipId == null && !(event instanceof PartnershipRegistered)) {
			throw new IllegalArgumentException("The first event of partnership " + envelope.partnershipId()
					+ " must be PartnershipRegistered, not " + envelope.type());
		}
		PartnershipOverview next;
		if (event instanceof PartnershipRegistered registered) {
			next = registered(registered, envelope);
		}
		else if (event instanceof PartyJoined joined) {
			next = joined(joined);
		}
		else if (event instanceof ServiceCharacteristicsAssessed assessed) {
			next = assessed(assessed, envelope);
		}
		else if (event instanceof PartnershipModelChosen chosen) {
			next = chosen(chosen, envelope);
		}
		else {
			throw new IllegalArgumentException("The overview does not know event type " + envelope.type());
		}
		return next.advancedTo(envelope).withDivergenceAt(event.occurredAt());
	}

	private PartnershipOverview registered(PartnershipRegistered event, EventEnvelope envelope) {
		PartyRef commissioner = event.commissioningParty();
		Party first = new Party(commissioner.partyId(), commissioner.name(), commissioner.identifier(),
				List.of(PartyRole.COMMISSIONER), null, "Registered the partnership", event.occurredAt());
		return new PartnershipOverview(event.partnershipId(), event.title(), event.description(), event.serviceArea(),
				event.legalRegime(), event.plannedPeriod(), event.estimatedValue(), PartnershipStatus.REGISTERED,
				this.version, commissioner, List.of(first), null, List.of(), null, null, null, null, false, null,
				envelope.recordedAt(), this.lastRecordedAt);
	}

	private PartnershipOverview joined(PartyJoined event) {
		List<Party> parties = new ArrayList<>(this.parties);
		parties.removeIf((party) -> party.partyId().equals(event.partyId()));
		parties.add(new Party(event.partyId(), event.party().name(), event.party().identifier(), event.roles(),
				event.basis(), event.reason(), event.occurredAt()));
		return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
				this.legalRegime, this.plannedPeriod, this.estimatedValue, this.status, this.version,
				this.commissioningParty, parties, this.latestAssessment, this.assessments, this.recommendedModel,
				this.chosenModel, this.paymentMechanism, this.latestChoice, this.divergent, this.divergentSince,
				this.registeredAt, this.lastRecordedAt);
	}

	private PartnershipOverview assessed(ServiceCharacteristicsAssessed event, EventEnvelope envelope) {
		Assessment assessment = new Assessment(event.assessmentId(), event.trigger(), event.moneyChangesHands(),
				event.outcomeMetricsAvailable(), event.scores(), event.recommendation(), event.previousAssessmentId(),
				event.changedDimensions(), event.recommendationChanged(), event.occurredAt(), envelope.recordedAt(),
				envelope.actor());
		List<Assessment> assessments = new ArrayList<>(this.assessments);
		assessments.add(assessment);
		return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
				this.legalRegime, this.plannedPeriod, this.estimatedValue,
				this.status.atLeast(PartnershipStatus.ASSESSED), this.version, this.commissioningParty, this.parties,
				assessment, assessments, event.recommendation().model(), this.chosenModel, this.paymentMechanism,
				this.latestChoice, this.divergent, this.divergentSince, this.registeredAt, this.lastRecordedAt);
	}

	private PartnershipOverview chosen(PartnershipModelChosen event, EventEnvelope envelope) {
		ModelChoice choice = new ModelChoice(event.decisionId(), event.chosenModel(), event.paymentMechanism(),
				event.basedOnAssessmentId(), event.recommendedModel(), event.recommendationConfidence(),
				event.departsFromRecommendation(), event.departureJustification(), event.departureReasonCodes(),
				event.previousModel(), event.occurredAt(), envelope.recordedAt(), envelope.actor());
		return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
				this.legalRegime, this.plannedPeriod, this.estimatedValue,
				this.status.atLeast(PartnershipStatus.MODEL_CHOSEN), this.version, this.commissioningParty,
				this.parties, this.latestAssessment, this.assessments, this.recommendedModel, event.chosenModel(),
				event.paymentMechanism(), choice, this.divergent, this.divergentSince, this.registeredAt,
				this.lastRecordedAt);
	}

	private PartnershipOverview advancedTo(EventEnvelope envelope) {
		return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
				this.legalRegime, this.plannedPeriod, this.estimatedValue, this.status, envelope.sequenceNumber(),
				this.commissioningParty, this.parties, this.latestAssessment, this.assessments, this.recommendedModel,
				this.chosenModel, this.paymentMechanism, this.latestChoice, this.divergent, this.divergentSince,
				this.registeredAt, envelope.recordedAt());
	}

	/**
	 * Divergent while the latest recommendation differs from the chosen model; the
	 * divergence keeps the date it began until it ends.
	 */
	private PartnershipOverview withDivergenceAt(Instant occurredAt) {
		boolean nowDivergent = this.chosenModel != null && this.recommendedModel != null
				&& this.chosenModel != this.recommendedModel;
		Instant since = nowDivergent ? (this.divergent ? this.divergentSince : occurredAt) : null;
		return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
				this.legalRegime, this.plannedPeriod, this.estimatedValue, this.status, this.version,
				this.commissioningParty, this.parties, this.latestAssessment, this.assessments, this.recommendedModel,
				this.chosenModel, this.paymentMechanism, this.latestChoice, nowDivergent, since, this.registeredAt,
				this.lastRecordedAt);
	}

}
