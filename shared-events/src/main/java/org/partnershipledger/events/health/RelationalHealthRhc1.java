package org.partnershipledger.events.health;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rule {@code RHC-1}, the relational health check, as one pure function. Every mean is
 * computed exactly and rounded half-up to two decimals; the thresholds apply to the
 * rounded means, so that what a person reads is what was judged. A change of any
 * threshold is a new rule version: recorded checks keep the version that computed them.
 */
public final class RelationalHealthRhc1 {

	public static final String VERSION = "RHC-1";

	public static final int LOWEST_RATING = 1;

	public static final int HIGHEST_RATING = 5;

	/** GREEN from this overall mean up. */
	public static final BigDecimal GREEN_FROM = new BigDecimal("4.0");

	/** AMBER from this overall mean up to GREEN; RED below. */
	public static final BigDecimal AMBER_FROM = new BigDecimal("3.0");

	/** LOW_ITEM when a party's item mean is at or below this. */
	public static final BigDecimal LOW_ITEM_AT_MOST = new BigDecimal("2.0");

	/** PERCEPTION_GAP when two parties' means on an item differ by at least this. */
	public static final BigDecimal PERCEPTION_GAP_FROM = new BigDecimal("1.5");

	/** DECLINING when the overall mean fell by at least this since the previous check. */
	public static final BigDecimal DECLINE_FROM = new BigDecimal("0.5");

	/** The decimals every mean is rounded to. */
	public static final int SCALE = 2;

	private RelationalHealthRhc1() {
	}

	/**
	 * Scores the ratings of the parties.
	 * @param ratings per party, per respondent, every item rated 1..5; at least one
	 * party, each with at least one respondent, no party twice
	 * @param previousOverall the previous check's overall mean, {@code null} if none
	 * @throws IllegalArgumentException for ratings that break those conditions
	 */
	public static RelationalHealthResult score(List<PartyRatings> ratings, BigDecimal previousOverall) {
		requireWellFormed(ratings);
		List<PartyHealth> parties = new ArrayList<>();
		BigDecimal sumOfExactPartyMeans = BigDecimal.ZERO;
		for (PartyRatings party : ratings) {
			parties.add(partyHealth(party));
			sumOfExactPartyMeans = sumOfExactPartyMeans.add(exactMean(total(party), count(party)));
		}
		BigDecimal overall = rounded(
				sumOfExactPartyMeans.divide(BigDecimal.valueOf(parties.size()), MathContext.DECIMAL128));
		List<HealthFlag> flags = new ArrayList<>();
		flags.addAll(lowItems(parties));
		flags.addAll(perceptionGaps(parties));
		if (previousOverall != null && previousOverall.subtract(overall).compareTo(DECLINE_FROM) >= 0) {
			flags.add(new HealthFlag(HealthFlagKind.DECLINING, null, List.of()));
		}
		return new RelationalHealthResult(VERSION, parties, overall, rag(overall), flags, previousOverall);
	}

	/** The RAG of an overall mean. */
	public static Rag rag(BigDecimal overall) {
		if (overall.compareTo(GREEN_FROM) >= 0) {
			return Rag.GREEN;
		}
		return (overall.compareTo(AMBER_FROM) >= 0) ? Rag.AMBER : Rag.RED;
	}

	private static PartyHealth partyHealth(PartyRatings party) {
		Map<HealthItem, BigDecimal> itemMeans = new EnumMap<>(HealthItem.class);
		int respondents = party.respondents().size();
		for (HealthItem item : HealthItem.values()) {
			int sum = party.respondents().stream().mapToInt((ratings) -> ratings.get(item)).sum();
			itemMeans.put(item, rounded(exactMean(sum, respondents)));
		}
		return new PartyHealth(party.partyId(), respondents, itemMeans, rounded(exactMean(total(party), count(party))));
	}

	private static List<HealthFlag> lowItems(List<PartyHealth> parties) {
		List<HealthFlag> flags = new ArrayList<>();
		for (HealthItem item : HealthItem.values()) {
			List<String> low = parties.stream()
				.filter((party) -> party.itemMeans().get(item).compareTo(LOW_ITEM_AT_MOST) <= 0)
				.map(PartyHealth::partyId)
				.toList();
			if (!low.isEmpty()) {
				flags.add(new HealthFlag(HealthFlagKind.LOW_ITEM, item, low));
			}
		}
		return flags;
	}

	private static List<HealthFlag> perceptionGaps(List<PartyHealth> parties) {
		List<HealthFlag> flags = new ArrayList<>();
		for (HealthItem item : HealthItem.values()) {
			Comparator<PartyHealth> byItem = Comparator.comparing((party) -> party.itemMeans().get(item));
			PartyHealth highest = parties.stream().max(byItem).orElseThrow();
			PartyHealth lowest = parties.stream().min(byItem).orElseThrow();
			BigDecimal gap = highest.itemMeans().get(item).subtract(lowest.itemMeans().get(item));
			if (gap.compareTo(PERCEPTION_GAP_FROM) >= 0) {
				flags.add(new HealthFlag(HealthFlagKind.PERCEPTION_GAP, item,
						List.of(highest.partyId(), lowest.partyId())));
			}
		}
		return flags;
	}

	private static void requireWellFormed(List<PartyRatings> ratings) {
		if (ratings == null || ratings.isEmpty()) {
			throw new IllegalArgumentException("A relational health check needs the ratings of at least one party");
		}
		Set<String> seen = new HashSet<>();
		for (PartyRatings party : ratings) {
			if (party.partyId() == null || !seen.add(party.partyId())) {
				throw new IllegalArgumentException("Every party rates once, under its id: " + party.partyId());
			}
			if (party.respondents().isEmpty()) {
				throw new IllegalArgumentException("Party " + party.partyId() + " has no respondents");
			}
			for (Map<HealthItem, Integer> respondent : party.respondents()) {
				for (HealthItem item : HealthItem.values()) {
					Integer rating = respondent.get(item);
					if (rating == null || rating < LOWEST_RATING || rating > HIGHEST_RATING) {
						throw new IllegalArgumentException("Party " + party.partyId() + " rated " + item + " " + rating
								+ "; every item is rated " + LOWEST_RATING + " to " + HIGHEST_RATING);
					}
				}
			}
		}
	}

	private static int total(PartyRatings party) {
		return party.respondents()
			.stream()
			.flatMap((ratings) -> ratings.values().stream())
			.mapToInt(Integer::intValue)
			.sum();
	}

	private static int count(PartyRatings party) {
		return party.respondents().size() * HealthItem.values().length;
	}

	private static BigDecimal exactMean(int sum, int count) {
		return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), MathContext.DECIMAL128);
	}

	private static BigDecimal rounded(BigDecimal exact) {
		return exact.setScale(SCALE, RoundingMode.HALF_UP);
	}

	/** A mean as recorded: two decimals, or {@code null} when there is none. */
	static BigDecimal twoDecimals(BigDecimal mean) {
		return (mean == null) ? null : rounded(mean);
	}

}
