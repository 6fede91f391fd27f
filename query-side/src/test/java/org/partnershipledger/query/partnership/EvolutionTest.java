package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.EvolutionEvents;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.partnershipledger.events.framework.PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
import static org.partnershipledger.events.framework.PartnershipModel.FORMAL_RELATIONAL_CONTRACT;
import static org.partnershipledger.events.framework.PartnershipModel.TRANSACTIONAL_CONTRACT;

/** The evolution against the recommendation, as a pure fold over events. */
class EvolutionTest {

	private static final String MAY = "2025-05-02T10:00:00Z";

	private static final String JUNE = "2025-06-03T11:00:00Z";

	private static final String SEPTEMBER = "2025-09-10T09:00:00Z";

	private static final String NOVEMBER = "2025-11-04T15:00:00Z";

	@Test
	void beforeAnyAssessmentThereIsNoPeriod() {
		assertThat(Evolution.of(List.of()).periods()).isEmpty();
		assertThat(Evolution.EMPTY.current()).isEmpty();
	}

	@Test
	void anAssessmentWithoutAChoiceOpensOneCurrentPeriodThatDoesNotDiverge() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY).events());

		assertThat(evolution.periods())
			.containsExactly(new EvolutionPeriod(at(MAY), null, FORMAL_RELATIONAL_CONTRACT, null, false, null));
		assertThat(evolution.points()).extracting(EvolutionPoint::kind).containsExactly(EvolutionPoint.Kind.ASSESSMENT);
	}

	@Test
	void choosingTheRecommendedModelClosesTheFirstPeriodAndDoesNotDiverge() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(FORMAL_RELATIONAL_CONTRACT, null, JUNE)
			.events());

		assertThat(evolution.periods()).containsExactly(
				new EvolutionPeriod(at(MAY), at(JUNE), FORMAL_RELATIONAL_CONTRACT, null, false, null),
				new EvolutionPeriod(at(JUNE), null, FORMAL_RELATIONAL_CONTRACT, FORMAL_RELATIONAL_CONTRACT, false,
						null));
	}

	@Test
	void aDepartureWithAJustificationIsDivergentAndJustified() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.events());

		assertThat(evolution.current()).contains(
				new EvolutionPeriod(at(JUNE), null, FORMAL_RELATIONAL_CONTRACT, TRANSACTIONAL_CONTRACT, true, true));
		assertThat(evolution.points().get(1)).isEqualTo(new EvolutionPoint(at(JUNE), EvolutionPoint.Kind.CHOICE,
				TRANSACTIONAL_CONTRACT, null, true, FORMAL_RELATIONAL_CONTRACT));
	}

	@Test
	void aDepartureWithoutAJustificationIsDivergentAndNotJustified() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, null, JUNE)
			.events());

		assertThat(evolution.current()).contains(
				new EvolutionPeriod(at(JUNE), null, FORMAL_RELATIONAL_CONTRACT, TRANSACTIONAL_CONTRACT, true, false));
	}

	@Test
	void aBlankJustificationDoesNotCount() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, "   ", JUNE)
			.events());

		assertThat(evolution.current().orElseThrow().justified()).isFalse();
	}

	@Test
	void aReassessmentThatRecommendsTheChosenModelConverges() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.assessed(TRANSACTIONAL_CONTRACT, SEPTEMBER)
			.events());

		assertThat(evolution.periods()).containsExactly(
				new EvolutionPeriod(at(MAY), at(JUNE), FORMAL_RELATIONAL_CONTRACT, null, false, null),
				new EvolutionPeriod(at(JUNE), at(SEPTEMBER), FORMAL_RELATIONAL_CONTRACT, TRANSACTIONAL_CONTRACT, true,
						true),
				new EvolutionPeriod(at(SEPTEMBER), null, TRANSACTIONAL_CONTRACT, TRANSACTIONAL_CONTRACT, false, null));
		assertThat(evolution.points().get(2)).isEqualTo(new EvolutionPoint(at(SEPTEMBER),
				EvolutionPoint.Kind.REASSESSMENT, TRANSACTIONAL_CONTRACT, FORMAL_RELATIONAL_CONTRACT));
		assertThat(evolution.divergentPeriods()).hasSize(1);
	}

	@Test
	void aReassessmentThatMovesTheRecommendationAwayDivergesWithoutJustification() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(TRANSACTIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, null, JUNE)
			.assessed(FORMAL_RELATIONAL_CONTRACT, SEPTEMBER)
			.events());

		assertThat(evolution.current()).contains(new EvolutionPeriod(at(SEPTEMBER), null, FORMAL_RELATIONAL_CONTRACT,
				TRANSACTIONAL_CONTRACT, true, false));
	}

	@Test
	void aJustificationStaysWithTheChoiceThroughLaterReassessments() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.assessed(TRANSACTIONAL_CONTRACT, SEPTEMBER)
			.assessed(FORMAL_RELATIONAL_CONTRACT, NOVEMBER)
			.events());

		assertThat(evolution.current().orElseThrow().justified()).isTrue();
		assertThat(evolution.divergentPeriods()).hasSize(2);
	}

	@Test
	void aJustificationWrittenBeforeADivergenceDoesNotJustifyIt() {
		// the transactional model was recommended and chosen, with a justification (as
		// after a LOW-confidence result); a reassessment then recommends
		// formal-relational
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(TRANSACTIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.assessed(FORMAL_RELATIONAL_CONTRACT, SEPTEMBER)
			.events());

		assertThat(evolution.current()).contains(new EvolutionPeriod(at(SEPTEMBER), null, FORMAL_RELATIONAL_CONTRACT,
				TRANSACTIONAL_CONTRACT, true, false));
	}

	@Test
	void aJustifiedDepartureDoesNotJustifyADivergenceFromAnotherRecommendation() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(ALIGNMENT_WITHOUT_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.assessed(TRANSACTIONAL_CONTRACT, SEPTEMBER)
			.events());

		assertThat(evolution.periods().get(1).justified()).isTrue();
		assertThat(evolution.current().orElseThrow().justified()).isFalse();
	}

	@Test
	void choosingAgainMarksAModelChangeOrARechoice() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, MAY)
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, JUNE)
			.chosen(TRANSACTIONAL_CONTRACT, "A second, longer pilot was agreed with the board.", SEPTEMBER)
			.chosen(FORMAL_RELATIONAL_CONTRACT, null, NOVEMBER)
			.events());

		assertThat(evolution.points()).extracting(EvolutionPoint::kind)
			.containsExactly(EvolutionPoint.Kind.ASSESSMENT, EvolutionPoint.Kind.CHOICE, EvolutionPoint.Kind.RECHOICE,
					EvolutionPoint.Kind.MODEL_CHANGE);
		assertThat(evolution.points().get(3).previousModel()).isEqualTo(TRANSACTIONAL_CONTRACT);
		assertThat(evolution.periods()).hasSize(4);
		assertThat(evolution.current()).contains(new EvolutionPeriod(at(NOVEMBER), null, FORMAL_RELATIONAL_CONTRACT,
				FORMAL_RELATIONAL_CONTRACT, false, null));
	}

	@Test
	void anAssessmentAndAChoiceOnTheSameInstantGiveOnePeriod() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(ALIGNMENT_WITHOUT_CONTRACT, MAY)
			.chosen(ALIGNMENT_WITHOUT_CONTRACT, null, MAY)
			.events());

		assertThat(evolution.periods()).containsExactly(new EvolutionPeriod(at(MAY), null, ALIGNMENT_WITHOUT_CONTRACT,
				ALIGNMENT_WITHOUT_CONTRACT, false, null));
		assertThat(evolution.points()).hasSize(2);
	}

	@Test
	void aBackDatedChoiceOpensItsPeriodAtTheCurrentStartSoPeriodsNeverOverlap() {
		Evolution evolution = Evolution.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, JUNE)
			.chosen(TRANSACTIONAL_CONTRACT, null, MAY)
			.events());

		assertThat(evolution.periods()).hasSize(1);
		assertThat(evolution.current().orElseThrow().from()).isEqualTo(at(JUNE));
		assertThat(evolution.points().get(1).at()).isEqualTo(at(MAY));
	}

	@Test
	void theOverviewFoldKeepsTheSameEvolutionAsTheEventsAlone() {
		TestEvents events = new TestEvents(new OrganisationIdentifier("GB-LAC", "E1"));
		List<EventEnvelope> envelopes = List.of(events.registered("Homelessness outcomes"),
				events.assessed(true, TestEvents.RELATIONAL_SCORES),
				events.chosen(TRANSACTIONAL_CONTRACT, FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE),
				events.vision(1, "Everyone has a settled home", "party-0"),
				events.assessed(true, TestEvents.TRANSACTIONAL_SCORES));
		PartnershipOverview overview = PartnershipOverview.empty();
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}

		assertThat(overview.evolution()).isEqualTo(Evolution.of(envelopes.stream().map(EventEnvelope::event).toList()));
		assertThat(overview.evolution().periods()).extracting(EvolutionPeriod::divergent)
			.containsExactly(false, true, false);
		assertThat(overview.evolution().current().orElseThrow().recommendedModel())
			.isEqualTo(overview.recommendedModel());
		assertThat(overview.evolution().periods().get(1).from()).isEqualTo(envelopes.get(2).event().occurredAt());
		assertThat(((PartnershipModelChosen) envelopes.get(2).event()).departureJustification()).isNotNull();
	}

	private static Instant at(String instant) {
		return Instant.parse(instant);
	}

}
