package org.partnershipledger.query.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.health.HealthFlagKind;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewType;

/**
 * Plain words for review points and the relational health check (DOMAIN.md §6, §7): a RAG
 * is always written out with what it means, never shown by colour alone.
 */
public final class ReviewWords {

	private ReviewWords() {
	}

	static void addTo(Map<Enum<?>, String> words) {
		words.put(ReviewType.CHARACTERISTICS_REASSESSMENT, "Reassessment of the service characteristics");
		words.put(ReviewType.GATE_OR_BREAK_POINT, "Gate or break point");
		words.put(ReviewType.EXIT_AND_LEARNING_REVIEW, "Exit and learning review");
		words.put(PerformanceRating.OTHER, "Other (see the decisions)");
		words.put(Rag.GREEN, "Green: healthy");
		words.put(Rag.AMBER, "Amber: some concerns");
		words.put(Rag.RED, "Red: serious concerns");
		words.put(HealthFlagKind.LOW_ITEM, "An item rated low");
		words.put(HealthFlagKind.PERCEPTION_GAP, "The parties see an item very differently");
		words.put(HealthFlagKind.DECLINING, "Declined since the last check");
	}

	/** The GOV.UK tag colour of a RAG, always shown with its words. */
	static String ragTag(Rag rag) {
		if (rag == null) {
			return "govuk-tag--grey";
		}
		return switch (rag) {
			case GREEN -> "govuk-tag--green";
			case AMBER -> "govuk-tag--yellow";
			case RED -> "govuk-tag--red";
		};
	}

	/**
	 * Each type of review with its default cadence as a hint, so the person scheduling
	 * one knows when the ledger will schedule the next.
	 */
	public static List<Option> typesWithCadence() {
		return Arrays.stream(ReviewType.values())
			.map((type) -> new Option(type.name(), Labels.of(type), cadence(type)))
			.toList();
	}

	/** The type's default cadence in a sentence. */
	static String cadence(ReviewType type) {
		return type.cadence()
			.map((period) -> Labels.capitalise(repeatsEvery(type)) + ": once it is held or missed, the next is "
					+ "scheduled " + length(period.toTotalMonths()) + " after its due date")
			.orElse("No set cadence: schedule each one yourself");
	}

	/** How often a type repeats, such as "every 3 months"; empty for a one-off type. */
	static String repeatsEvery(ReviewType type) {
		return type.cadence()
			.map((period) -> "every " + length(period.toTotalMonths()).replaceFirst("^a ", ""))
			.orElse("");
	}

	private static String length(long months) {
		return switch ((int) months) {
			case 1 -> "a month";
			case 12 -> "a year";
			default -> months + " months";
		};
	}

	/** A rating of a health item in words. */
	public static String rating(int rating) {
		return switch (rating) {
			case 1 -> "1: very poor";
			case 2 -> "2: poor";
			case 3 -> "3: fair";
			case 4 -> "4: good";
			default -> "5: very good";
		};
	}

}
