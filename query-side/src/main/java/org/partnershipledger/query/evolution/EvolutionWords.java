package org.partnershipledger.query.evolution;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.partnershipledger.query.partnership.Evolution;
import org.partnershipledger.query.partnership.EvolutionPeriod;
import org.partnershipledger.query.partnership.EvolutionPoint;

/**
 * The evolution in sentences: the chart's description for screen readers and the words of
 * its markers.
 */
final class EvolutionWords {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private EvolutionWords() {
	}

	/** What the chart shows, in a few sentences. */
	static String describe(Evolution evolution, ZoneId zone) {
		EvolutionPeriod now = evolution.current().orElseThrow();
		StringBuilder text = new StringBuilder("From " + DAY.format(evolution.start().atZone(zone)) + " to today. ");
		text.append("The latest assessment recommends ").append(a(now.recommendedModel().label())).append("; ");
		text.append((now.chosenModel() != null) ? "the model in force is " + a(now.chosenModel().label()) + ". "
				: "no model has been chosen yet. ");
		List<EvolutionPeriod> divergent = evolution.divergentPeriods();
		if (divergent.isEmpty()) {
			text.append("The chosen model has never diverged from the recommendation.");
		}
		else {
			text.append("Diverged in ")
				.append(divergent.size())
				.append((divergent.size() == 1) ? " period: " : " periods: ");
			for (int i = 0; i < divergent.size(); i++) {
				EvolutionPeriod period = divergent.get(i);
				text.append((i == 0) ? "" : "; ")
					.append(DAY.format(period.from().atZone(zone)))
					.append(" to ")
					.append(period.current() ? "today" : DAY.format(period.to().atZone(zone)))
					.append(Boolean.TRUE.equals(period.justified()) ? ", justified" : ", not justified");
			}
			text.append('.');
		}
		long reassessments = evolution.points()
			.stream()
			.filter((point) -> point.kind() == EvolutionPoint.Kind.REASSESSMENT)
			.count();
		long changes = evolution.points()
			.stream()
			.filter((point) -> point.kind() == EvolutionPoint.Kind.MODEL_CHANGE)
			.count();
		String counts = count(reassessments, "reassessment") + " and " + count(changes, "model change") + ".";
		text.append(' ').append(Character.toUpperCase(counts.charAt(0))).append(counts.substring(1));
		return text.toString();
	}

	/**
	 * A marker's words, such as "Reassessed: recommends a formal-relational contract".
	 */
	static String point(EvolutionPoint point) {
		return switch (point.kind()) {
			case ASSESSMENT -> "Assessed: recommends " + a(point.model().label());
			case REASSESSMENT -> "Reassessed: recommends " + a(point.model().label());
			case CHOICE -> "Chose " + a(point.model().label()) + justification(point);
			case MODEL_CHANGE -> "Changed the model to " + a(point.model().label()) + justification(point);
			case RECHOICE -> "Chose " + a(point.model().label()) + " again" + justification(point);
		};
	}

	private static String justification(EvolutionPoint point) {
		return point.justified() ? ", with a departure justification" : "";
	}

	/** The words with "a" or "an" before them. */
	static String a(String words) {
		return ("aeiou".indexOf(words.charAt(0)) >= 0 ? "an " : "a ") + words;
	}

	private static String count(long n, String noun) {
		return (n == 0) ? "no " + noun + "s" : (n == 1) ? "one " + noun : n + " " + noun + "s";
	}

}
