package org.partnershipledger.query.evolution;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import org.partnershipledger.query.EvolutionEvents;
import org.partnershipledger.query.partnership.Evolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.partnershipledger.events.framework.PartnershipModel.FORMAL_RELATIONAL_CONTRACT;
import static org.partnershipledger.events.framework.PartnershipModel.TRANSACTIONAL_CONTRACT;

/** The geometry of the evolution chart. */
public class EvolutionChartTest {

	private static final ZoneId UK = ZoneId.of("Europe/London");

	private static final Instant NOW = Instant.parse("2026-01-15T12:00:00Z");

	/**
	 * Conforming, then drifted without justification, then justified, then converged.
	 */
	public static Evolution drifting() {
		return Evolution.of(new EvolutionEvents().assessed(TRANSACTIONAL_CONTRACT, "2025-02-03T10:00:00Z")
			.chosen(TRANSACTIONAL_CONTRACT, null, "2025-03-03T10:00:00Z")
			.assessed(FORMAL_RELATIONAL_CONTRACT, "2025-06-02T10:00:00Z")
			.chosen(TRANSACTIONAL_CONTRACT, EvolutionEvents.JUSTIFICATION, "2025-09-01T10:00:00Z")
			.chosen(FORMAL_RELATIONAL_CONTRACT, null, "2025-12-01T10:00:00Z")
			.events());
	}

	@Test
	void thereIsNoChartBeforeTheFirstAssessment() {
		assertThat(EvolutionChart.of(Evolution.EMPTY, NOW, UK)).isNull();
	}

	@Test
	void everyCoordinateLiesWithinTheChart() {
		EvolutionChart chart = EvolutionChart.of(drifting(), NOW, UK);

		for (EvolutionChart.Band band : chart.bands()) {
			assertThat(band.x()).isBetween((double) EvolutionChart.PLOT_LEFT, (double) EvolutionChart.PLOT_RIGHT);
			assertThat(band.x() + band.width()).isLessThanOrEqualTo(EvolutionChart.PLOT_RIGHT);
			assertThat(band.y()).isEqualTo(EvolutionChart.PLOT_TOP);
			assertThat(band.y() + band.height()).isEqualTo(EvolutionChart.PLOT_BOTTOM);
		}
		for (EvolutionChart.Marker marker : chart.markers()) {
			assertWithinPlot(marker.x(), marker.y());
		}
		for (EvolutionChart.Tick tick : chart.ticks()) {
			assertThat(tick.x()).isBetween((double) EvolutionChart.PLOT_LEFT, (double) EvolutionChart.PLOT_RIGHT);
		}
		for (String line : new String[] { chart.recommendedLine(), chart.chosenLine() }) {
			Arrays.stream(line.split(" "))
				.map((point) -> point.split(","))
				.forEach((xy) -> assertWithinPlot(Double.parseDouble(xy[0]), Double.parseDouble(xy[1])));
		}
		assertThat(chart.todayX()).isEqualTo(EvolutionChart.PLOT_RIGHT);
	}

	@Test
	void eachDivergentPeriodHasOneBandLabelledWhetherItWasJustified() {
		EvolutionChart chart = EvolutionChart.of(drifting(), NOW, UK);

		assertThat(chart.bands()).extracting(EvolutionChart.Band::label).containsExactly("Not justified", "Justified");
		assertThat(chart.bands()).extracting(EvolutionChart.Band::justified).containsExactly(false, true);
		EvolutionChart.Band first = chart.bands().get(0);
		EvolutionChart.Band second = chart.bands().get(1);
		assertThat(first.x() + first.width()).isCloseTo(second.x(), offset(0.2));
		assertThat(first.title())
			.isEqualTo("Diverged from 2 June 2025 to 1 September 2025: no justification was recorded");
	}

	@Test
	void theLinesStepBetweenTheModelsLevelsAndTimeRunsLeftToRight() {
		EvolutionChart chart = EvolutionChart.of(drifting(), NOW, UK);

		double transactional = EvolutionChart.levelY(TRANSACTIONAL_CONTRACT);
		double relational = EvolutionChart.levelY(FORMAL_RELATIONAL_CONTRACT);
		assertThat(relational).isLessThan(transactional);
		String[] first = chart.recommendedLine().split(" ")[0].split(",");
		assertThat(Double.parseDouble(first[0])).isCloseTo(EvolutionChart.PLOT_LEFT, offset(1.0));
		assertThat(Double.parseDouble(first[1])).isEqualTo(transactional - EvolutionChart.LINE_OFFSET);
		assertThat(chart.recommendedLine())
			.endsWith(EvolutionChart.PLOT_RIGHT + ".0," + (relational - EvolutionChart.LINE_OFFSET));
		assertThat(chart.chosenLine())
			.endsWith(EvolutionChart.PLOT_RIGHT + ".0," + (relational + EvolutionChart.LINE_OFFSET));
		assertThat(chart.markers()).extracting(EvolutionChart.Marker::x).isSorted();
	}

	@Test
	void assessmentsAndChoicesAreMarkedAndDescribed() {
		EvolutionChart chart = EvolutionChart.of(drifting(), NOW, UK);

		assertThat(chart.markers()).extracting(EvolutionChart.Marker::assessment)
			.containsExactly(true, false, true, false, false);
		assertThat(chart.markers().get(2).title())
			.isEqualTo("Reassessed: recommends a formal-relational contract on 2 June 2025");
		assertThat(chart.description()).contains("From 3 February 2025 to today")
			.contains("Diverged in 2 periods: 2 June 2025 to 1 September 2025, not justified; "
					+ "1 September 2025 to 1 December 2025, justified.")
			.contains("One reassessment and one model change.");
	}

	@Test
	void aYoungPartnershipIsShownOverTheLastNinetyDaysEndingToday() {
		Evolution young = Evolution
			.of(new EvolutionEvents().assessed(FORMAL_RELATIONAL_CONTRACT, "2026-01-14T10:00:00Z").events());

		EvolutionChart chart = EvolutionChart.of(young, NOW, UK);

		assertThat(chart.todayX()).isEqualTo(EvolutionChart.PLOT_RIGHT);
		assertThat(chart.markers().get(0).x())
			.isGreaterThan((EvolutionChart.PLOT_LEFT + EvolutionChart.PLOT_RIGHT) / 2.0);
		assertThat(chart.ticks()).isNotEmpty();
		assertThat(chart.chosenLine()).isEmpty();
	}

	private static void assertWithinPlot(double x, double y) {
		assertThat(x).isBetween((double) EvolutionChart.PLOT_LEFT, (double) EvolutionChart.PLOT_RIGHT);
		assertThat(y).isBetween((double) EvolutionChart.PLOT_TOP, (double) EvolutionChart.PLOT_BOTTOM);
	}

}
