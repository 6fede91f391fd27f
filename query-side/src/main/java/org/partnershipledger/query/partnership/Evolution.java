package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.PartnershipModel;

/**
 * How a partnership's arrangement evolved against the framework's recommendation: its
 * periods and the assessments and choices that opened them. A pure fold
 * ({@link #after(PartnershipEvent)}), run by {@link OverviewFold} so that live views,
 * views as of a date and rebuilds share one code path.
 * <p>
 * Each assessment and each model choice opens a period, dated by its business date
 * ({@code occurredAt}). An event back-dated before the current period's start opens its
 * period at that start instead, so periods never overlap; two at the same instant give
 * one period, the later event's.
 *
 * @param periods oldest first; the last one is current
 * @param points every assessment and choice, in the order recorded
 */
public record Evolution(List<EvolutionPeriod> periods, List<EvolutionPoint> points) {

	public static final Evolution EMPTY = new Evolution(List.of(), List.of());

	public Evolution {
		periods = (periods == null) ? List.of() : List.copyOf(periods);
		points = (points == null) ? List.of() : List.copyOf(points);
	}

	/** The evolution of a partnership's events, in the order recorded. */
	public static Evolution of(List<? extends PartnershipEvent> events) {
		Evolution evolution = EMPTY;
		for (PartnershipEvent event : events) {
			evolution = evolution.after(event);
		}
		return evolution;
	}

	/**
	 * The evolution after one more event; events other than assessments and choices
	 * change nothing.
	 */
	public Evolution after(PartnershipEvent event) {
		if (event instanceof ServiceCharacteristicsAssessed assessed) {
			Optional<EvolutionPeriod> last = current();
			EvolutionPoint point = new EvolutionPoint(assessed.occurredAt(),
					lastAssessment().isPresent() ? EvolutionPoint.Kind.REASSESSMENT : EvolutionPoint.Kind.ASSESSMENT,
					assessed.recommendation().model(), lastAssessment().map(EvolutionPoint::model).orElse(null));
			return next(point, EvolutionPeriod.open(startOf(assessed.occurredAt()), point.model(),
					last.map(EvolutionPeriod::chosenModel).orElse(null), choiceJustifies(point.model())));
		}
		if (event instanceof PartnershipModelChosen chosen) {
			return chose(chosen.chosenModel(), chosen.recommendedModel(), chosen.departsFromRecommendation(),
					chosen.departureJustification(), chosen.occurredAt());
		}
		if (event instanceof PartnershipModelTransitioned moved) {
			return chose(moved.newModel(), moved.recommendedModel(), moved.departsFromRecommendation(),
					moved.departureJustification(), moved.occurredAt());
		}
		return this;
	}

	/**
	 * A choice, first or later (a move along the spectrum on a live partnership is one
	 * too): it opens a period of the chosen model against the recommendation in force.
	 */
	private Evolution chose(PartnershipModel model, PartnershipModel recommendedAtChoice, boolean departs,
			String justification, Instant at) {
		Optional<EvolutionPoint> previous = lastChoice();
		EvolutionPoint.Kind kind = previous.isEmpty() ? EvolutionPoint.Kind.CHOICE
				: (previous.get().model() == model) ? EvolutionPoint.Kind.RECHOICE : EvolutionPoint.Kind.MODEL_CHANGE;
		PartnershipModel recommended = current().map(EvolutionPeriod::recommendedModel).orElse(recommendedAtChoice);
		boolean justified = departs && justification != null && !justification.isBlank();
		PartnershipModel departedFrom = justified ? ((recommendedAtChoice != null) ? recommendedAtChoice : recommended)
				: null;
		EvolutionPoint point = new EvolutionPoint(at, kind, model, previous.map(EvolutionPoint::model).orElse(null),
				justified, departedFrom);
		return next(point, EvolutionPeriod.open(startOf(at), recommended, model,
				departedFrom != null && departedFrom == recommended));
	}

	/** The current period, empty before the first assessment or choice. */
	public Optional<EvolutionPeriod> current() {
		return this.periods.isEmpty() ? Optional.empty() : Optional.of(this.periods.get(this.periods.size() - 1));
	}

	/** The periods in which the choice in force diverged from the recommendation. */
	public List<EvolutionPeriod> divergentPeriods() {
		return this.periods.stream().filter(EvolutionPeriod::divergent).toList();
	}

	/** When the evolution begins: the first period's start, {@code null} if none. */
	public Instant start() {
		return this.periods.isEmpty() ? null : this.periods.get(0).from();
	}

	private Evolution next(EvolutionPoint point, EvolutionPeriod opened) {
		List<EvolutionPeriod> periods = new ArrayList<>(this.periods);
		if (!periods.isEmpty()) {
			EvolutionPeriod last = periods.remove(periods.size() - 1);
			if (!last.from().equals(opened.from())) {
				periods.add(last.closedAt(opened.from()));
			}
		}
		periods.add(opened);
		List<EvolutionPoint> points = new ArrayList<>(this.points);
		points.add(point);
		return new Evolution(periods, points);
	}

	private Instant startOf(Instant occurredAt) {
		return current().map(EvolutionPeriod::from).filter((from) -> from.isAfter(occurredAt)).orElse(occurredAt);
	}

	/**
	 * Whether the choice in force was justified as a departure from this recommendation:
	 * a justification covers the divergence it was written for, not a later one.
	 */
	private boolean choiceJustifies(PartnershipModel recommended) {
		return lastChoice().map((choice) -> choice.departedFrom() != null && choice.departedFrom() == recommended)
			.orElse(false);
	}

	private Optional<EvolutionPoint> lastAssessment() {
		return last(true);
	}

	private Optional<EvolutionPoint> lastChoice() {
		return last(false);
	}

	private Optional<EvolutionPoint> last(boolean assessment) {
		for (int i = this.points.size() - 1; i >= 0; i--) {
			if (this.points.get(i).kind().isAssessment() == assessment) {
				return Optional.of(this.points.get(i));
			}
		}
		return Optional.empty();
	}

}
