package org.partnershipledger.query.portfolio;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.partnership.StoredOverview;

/**
 * The portfolio at a glance: how many partnerships use each model, how many the framework
 * recommends each model for, the two crossed, and which diverge, since when and whether
 * justified. The counts describe every partnership the person may see; the filter narrows
 * only the list, which puts the longest divergence first.
 *
 * @param byChosenModel every model, in the framework's order, with its count
 * @param notChosen partnerships with no model chosen yet
 * @param notAssessed partnerships not yet assessed
 * @param recommendedByChosen one row per recommended model
 * @param overdueReviews how many reviews are overdue today, over all partnerships
 * @param withOverdueReviews how many partnerships have a review overdue
 * @param redHealth how many partnerships' latest relational health check was RED
 * @param reassessmentDue how many partnerships are due a reassessment today
 * @param partnerships the partnerships that match the filter: divergent ones first,
 * longest divergence first, then by title
 */
public record Dashboard(int total, long divergent, long justified, long notJustified,
		Map<PartnershipModel, Long> byChosenModel, long notChosen, Map<PartnershipModel, Long> byRecommendedModel,
		long notAssessed, List<Row> recommendedByChosen, long overdueReviews, long withOverdueReviews, long redHealth,
		long reassessmentDue, DashboardFilter filter, List<DashboardEntry> partnerships) {

	/**
	 * The partnerships for which a model is recommended, by the model chosen.
	 */
	public record Row(PartnershipModel recommendedModel, Map<PartnershipModel, Long> byChosenModel, long notChosen,
			long total) {
	}

	/** The dashboard of these partnerships, as of now. */
	public static Dashboard of(List<StoredOverview> overviews, DashboardFilter filter, Instant now) {
		List<DashboardEntry> entries = overviews.stream().map((overview) -> DashboardEntry.of(overview, now)).toList();
		List<Row> rows = new ArrayList<>();
		for (PartnershipModel recommended : PartnershipModel.values()) {
			List<DashboardEntry> recommendedHere = entries.stream()
				.filter((entry) -> entry.recommendedModel() == recommended)
				.toList();
			rows.add(new Row(recommended, countBy(recommendedHere, DashboardEntry::chosenModel),
					count(recommendedHere, (entry) -> entry.chosenModel() == null), recommendedHere.size()));
		}
		List<DashboardEntry> listed = entries.stream()
			.filter(filter::matches)
			.sorted(Comparator
				.comparing(DashboardEntry::divergentSince, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing((entry) -> Objects.toString(entry.title(), "").toLowerCase()))
			.toList();
		return new Dashboard(entries.size(), count(entries, DashboardEntry::divergent),
				count(entries, (entry) -> Boolean.TRUE.equals(entry.justified())),
				count(entries, (entry) -> Boolean.FALSE.equals(entry.justified())),
				countBy(entries, DashboardEntry::chosenModel), count(entries, (entry) -> entry.chosenModel() == null),
				countBy(entries, DashboardEntry::recommendedModel),
				count(entries, (entry) -> entry.recommendedModel() == null), rows,
				entries.stream().mapToLong((entry) -> entry.overdueReviews().size()).sum(),
				count(entries, DashboardEntry::overdue), count(entries, DashboardEntry::redHealth),
				count(entries, (entry) -> entry.reassessment().due()), filter, listed);
	}

	private static Map<PartnershipModel, Long> countBy(List<DashboardEntry> entries,
			Function<DashboardEntry, PartnershipModel> model) {
		Map<PartnershipModel, Long> counts = new LinkedHashMap<>();
		for (PartnershipModel candidate : PartnershipModel.values()) {
			counts.put(candidate, count(entries, (entry) -> model.apply(entry) == candidate));
		}
		return counts;
	}

	private static long count(List<DashboardEntry> entries, Predicate<DashboardEntry> test) {
		return entries.stream().filter(test).count();
	}

}
