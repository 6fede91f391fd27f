package org.partnershipledger.query.evolution;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.partnership.Evolution;
import org.partnershipledger.query.partnership.EvolutionPeriod;
import org.partnershipledger.query.partnership.EvolutionPoint;
import org.partnershipledger.query.web.Labels;

/**
 * The geometry of the evolution chart, computed here so the template only draws: time
 * from the first assessment to today across, the three models up the side (transactional
 * at the bottom, alignment at the top), a dashed step line for the recommended model and
 * a solid one for the chosen model, a band behind each divergent period (plain when
 * justified, hatched when not, and labelled either way), and a marker at each assessment
 * and choice. Pure: the same evolution and day give the same chart.
 */
public record EvolutionChart(String title, String description, List<Level> levels, List<Tick> ticks,
		String recommendedLine, String chosenLine, List<Band> bands, List<Marker> markers, double todayX) {

	public static final int WIDTH = 760;

	public static final int HEIGHT = 320;

	public static final int PLOT_LEFT = 150;

	public static final int PLOT_RIGHT = 730;

	public static final int PLOT_TOP = 40;

	public static final int PLOT_BOTTOM = 220;

	/**
	 * How far the two lines sit above (recommended) and below (chosen) a model's level.
	 */
	static final int LINE_OFFSET = 7;

	private static final Duration SHORTEST_SPAN = Duration.ofDays(90);

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM yyyy", Locale.UK);

	/** A model's level: its y and its short name. */
	public record Level(PartnershipModel model, String label, double y) {
	}

	/** A date on the time axis. */
	public record Tick(double x, String label) {
	}

	/** A divergent period's band, with its label placed at its centre. */
	public record Band(double x, double y, double width, double height, boolean justified, String label, double labelX,
			String title) {
	}

	/**
	 * An assessment (circle on the recommended line) or a choice (diamond on the chosen
	 * line).
	 */
	public record Marker(EvolutionPoint.Kind kind, boolean assessment, double x, double y, String diamond,
			String title) {
	}

	/** The chart of an evolution, or {@code null} when it has no period yet. */
	public static EvolutionChart of(Evolution evolution, Instant now, ZoneId zone) {
		if (evolution.periods().isEmpty()) {
			return null;
		}
		Scale scale = Scale.of(evolution, now, zone);
		List<Band> bands = new ArrayList<>();
		for (EvolutionPeriod period : evolution.divergentPeriods()) {
			bands.add(band(period, scale, zone));
		}
		List<Marker> markers = new ArrayList<>();
		for (EvolutionPoint point : evolution.points()) {
			markers.add(marker(point, scale, zone));
		}
		return new EvolutionChart("How the arrangement evolved against the recommendation",
				EvolutionWords.describe(evolution, zone), modelLevels(), ticks(scale, zone),
				line(evolution.periods(), scale, true), line(evolution.periods(), scale, false), bands, markers,
				scale.x(now));
	}

	/** The left edge of the plot, for the template. */
	public int plotLeft() {
		return PLOT_LEFT;
	}

	public int plotRight() {
		return PLOT_RIGHT;
	}

	public int plotTop() {
		return PLOT_TOP;
	}

	public int plotBottom() {
		return PLOT_BOTTOM;
	}

	/** The y of a model's level. */
	static double levelY(PartnershipModel model) {
		int fromTop = PartnershipModel.values().length - 1 - model.ordinal();
		return PLOT_TOP + 30 + fromTop * 60;
	}

	private static List<Level> modelLevels() {
		List<Level> levels = new ArrayList<>();
		for (PartnershipModel model : PartnershipModel.values()) {
			levels.add(new Level(model, Labels.shortModel(model), levelY(model)));
		}
		return levels;
	}

	private static String line(List<EvolutionPeriod> periods, Scale scale, boolean recommended) {
		StringBuilder points = new StringBuilder();
		for (EvolutionPeriod period : periods) {
			PartnershipModel model = recommended ? period.recommendedModel() : period.chosenModel();
			if (model == null) {
				continue;
			}
			double y = levelY(model) + (recommended ? -LINE_OFFSET : LINE_OFFSET);
			points.append(scale.x(period.from())).append(',').append(y).append(' ');
			points.append(scale.x(scale.endOf(period))).append(',').append(y).append(' ');
		}
		return points.toString().strip();
	}

	private static Band band(EvolutionPeriod period, Scale scale, ZoneId zone) {
		double x = scale.x(period.from());
		double width = Math.max(2, round(scale.x(scale.endOf(period)) - x));
		boolean justified = Boolean.TRUE.equals(period.justified());
		String label = justified ? "Justified" : "Not justified";
		String to = period.current() ? "today" : DAY.format(period.to().atZone(zone));
		String title = "Diverged from " + DAY.format(period.from().atZone(zone)) + " to " + to + ": "
				+ (justified ? "a justification was recorded" : "no justification was recorded");
		return new Band(x, PLOT_TOP, width, PLOT_BOTTOM - PLOT_TOP, justified, label, round(x + width / 2), title);
	}

	private static Marker marker(EvolutionPoint point, Scale scale, ZoneId zone) {
		boolean assessment = point.kind().isAssessment();
		double x = scale.x(point.at());
		double y = levelY(point.model()) + (assessment ? -LINE_OFFSET : LINE_OFFSET);
		String diamond = round(x) + "," + round(y - 7) + " " + round(x + 7) + "," + round(y) + " " + round(x) + ","
				+ round(y + 7) + " " + round(x - 7) + "," + round(y);
		return new Marker(point.kind(), assessment, x, y, diamond,
				EvolutionWords.point(point) + " on " + DAY.format(point.at().atZone(zone)));
	}

	private static List<Tick> ticks(Scale scale, ZoneId zone) {
		LocalDate first = scale.start.atZone(zone).toLocalDate().withDayOfMonth(1);
		LocalDate last = scale.end.atZone(zone).toLocalDate();
		long months = ChronoUnit.MONTHS.between(first, last) + 1;
		int step = (months <= 8) ? 1 : (months <= 24) ? 3 : (months <= 48) ? 6 : 12;
		LocalDate tick = first;
		while ((tick.getMonthValue() - 1) % step != 0) {
			tick = tick.plusMonths(1);
		}
		List<Tick> ticks = new ArrayList<>();
		for (; !tick.isAfter(last); tick = tick.plusMonths(step)) {
			double x = scale.x(tick.atStartOfDay(zone).toInstant());
			if (x >= PLOT_LEFT && x <= PLOT_RIGHT) {
				ticks.add(new Tick(x, MONTH.format(tick)));
			}
		}
		return ticks;
	}

	static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	/**
	 * Time to x: from the start of the day of the first period to now, or the last 90
	 * days when that is shorter; the current period ends now.
	 */
	private record Scale(Instant start, Instant end, Instant now) {

		static Scale of(Evolution evolution, Instant now, ZoneId zone) {
			Instant start = evolution.start().atZone(zone).toLocalDate().atStartOfDay(zone).toInstant();
			Instant latest = evolution.periods().get(evolution.periods().size() - 1).from();
			Instant end = now.isAfter(latest) ? now : latest;
			if (Duration.between(start, end).compareTo(SHORTEST_SPAN) < 0) {
				// a young partnership: show the last 90 days, so the axis still ends
				// today
				start = end.minus(SHORTEST_SPAN);
			}
			return new Scale(start, end, now.isAfter(latest) ? now : latest);
		}

		double x(Instant at) {
			double share = (double) Duration.between(this.start, at).toSeconds()
					/ Duration.between(this.start, this.end).toSeconds();
			return round(PLOT_LEFT + Math.max(0, Math.min(1, share)) * (PLOT_RIGHT - PLOT_LEFT));
		}

		Instant endOf(EvolutionPeriod period) {
			return period.current() ? this.now : period.to();
		}

	}

}
