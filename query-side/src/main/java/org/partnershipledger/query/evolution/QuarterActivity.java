package org.partnershipledger.query.evolution;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * How much the partnership changed and learned in one calendar quarter: adaptations
 * proposed and agreed, iterations started and concluded (business dates).
 *
 * @param quarter such as "2025 Q2" (January to March is Q1)
 */
public record QuarterActivity(String quarter, int adaptationsProposed, int adaptationsAgreed, int iterationsStarted,
		int iterationsConcluded) {

	/** The quarters with any activity, oldest first. */
	public static List<QuarterActivity> of(PartnershipOverview overview, ZoneId zone) {
		Map<String, int[]> counts = new TreeMap<>();
		for (Adaptation adaptation : overview.adaptations()) {
			count(counts, date(adaptation.proposedAt(), zone), 0);
			if (adaptation.agreement() != null) {
				count(counts, date(adaptation.agreement().agreedAt(), zone), 1);
			}
		}
		for (Iteration iteration : overview.iterations()) {
			count(counts, iteration.startedOn(), 2);
			if (iteration.conclusion() != null) {
				count(counts, iteration.conclusion().endedOn(), 3);
			}
		}
		List<QuarterActivity> quarters = new ArrayList<>();
		counts.forEach((quarter, n) -> quarters.add(new QuarterActivity(quarter, n[0], n[1], n[2], n[3])));
		return quarters;
	}

	private static void count(Map<String, int[]> counts, LocalDate date, int column) {
		if (date != null) {
			String quarter = date.getYear() + " Q" + ((date.getMonthValue() - 1) / 3 + 1);
			counts.computeIfAbsent(quarter, (key) -> new int[4])[column]++;
		}
	}

	private static LocalDate date(Instant instant, ZoneId zone) {
		return (instant == null) ? null : instant.atZone(zone).toLocalDate();
	}

}
