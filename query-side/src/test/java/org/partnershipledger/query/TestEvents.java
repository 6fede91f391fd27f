package org.partnershipledger.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Builds the envelopes of one partnership's stream, numbering them in order, as the
 * command side's relay would publish them.
 */
public final class TestEvents {

	public static final int[] RELATIONAL_SCORES = { 4, 4, 4, 3, 5, 4, 5 };

	public static final int[] TRANSACTIONAL_SCORES = { 1, 2, 1, 2, 1, 2, 3 };

	private static final Instant START = Instant.parse("2025-04-01T09:30:00Z");

	private final String partnershipId = UUID.randomUUID().toString();

	private final OrganisationIdentifier commissioner;

	private long sequence = -1;

	private String lastAssessmentId;

	public TestEvents(OrganisationIdentifier commissioner) {
		this.commissioner = commissioner;
	}

	public static OrganisationIdentifier uniqueIdentifier(String scheme) {
		return new OrganisationIdentifier(scheme, UUID.randomUUID().toString().substring(0, 8));
	}

	public String partnershipId() {
		return this.partnershipId;
	}

	public String lastAssessmentId() {
		return this.lastAssessmentId;
	}

	public EventEnvelope registered(String title) {
		return next(new PartnershipRegistered(this.partnershipId, title, "Support for people at risk of homelessness",
				"Housing", new PartyRef("party-0", "Anytown Council", this.commissioner),
				LegalRegime.PA2023_LIGHT_TOUCH,
				new Period(LocalDate.parse("2025-04-01"), LocalDate.parse("2030-03-31")), null, null, null, at()));
	}

	public EventEnvelope joined(String partyId, String name, OrganisationIdentifier identifier, PartyRole role) {
		return next(new PartyJoined(this.partnershipId, partyId, new Organisation(name, identifier), List.of(role),
				PartyBasis.CONTRACT, "Delivers the service", at()));
	}

	public EventEnvelope assessed(boolean moneyChangesHands, int... scores) {
		Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
		Map<Dimension, DimensionScore> scored = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			values.put(dimension, scores[dimension.ordinal()]);
			scored.put(dimension,
					new DimensionScore(scores[dimension.ordinal()], "Evidence from the needs assessment 2024"));
		}
		Recommendation recommendation = new RuleSetRc1().recommend(moneyChangesHands, values);
		String previous = this.lastAssessmentId;
		this.lastAssessmentId = UUID.randomUUID().toString();
		return next(new ServiceCharacteristicsAssessed(this.partnershipId, this.lastAssessmentId,
				(previous == null) ? AssessmentTrigger.INITIAL : AssessmentTrigger.MATERIAL_CHANGE, moneyChangesHands,
				true, scored, List.of(), recommendation, previous, List.of(), previous != null, null, false, at()));
	}

	public EventEnvelope chosen(PartnershipModel model, PartnershipModel recommended, PaymentMechanism payment) {
		boolean departs = model != recommended;
		return next(new PartnershipModelChosen(this.partnershipId, UUID.randomUUID().toString(), model, payment,
				this.lastAssessmentId, recommended, null, departs,
				departs ? "The market cannot yet support a relational contract; we pilot first for a year." : null,
				departs ? List.of(DepartureReason.PILOT_FIRST) : List.of(), null, at()));
	}

	private Instant at() {
		return START.plusSeconds(86_400 * (this.sequence + 1));
	}

	private EventEnvelope next(PartnershipEvent event) {
		this.sequence++;
		Actor actor = new Actor("commissioner", "Casey Commissioner", ActorRole.COMMISSIONER, "party-0");
		return EventEnvelope.of(event, UUID.randomUUID().toString(), this.sequence, 1000 + this.sequence,
				event.occurredAt().plusSeconds(60), actor, Authority.NONE, UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
	}

}
