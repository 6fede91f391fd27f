package org.partnershipledger.query.evolution;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.partnershipledger.events.health.HealthFlag;
import org.partnershipledger.events.health.HealthFlagKind;
import org.partnershipledger.events.health.PartyHealth;
import org.partnershipledger.events.health.Rag;
import org.partnershipledger.events.health.RelationalHealthResult;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.partnership.Review;

/**
 * The relational health trend of one partnership: each party's mean and the overall mean
 * at every held check, from the results stored when the checks were recorded (never
 * recomputed), as a table and as a small line chart drawn on the server.
 *
 * @param parties the parties that rated in any check, in the order first seen
 * @param checks the checks, oldest first
 * @param lines one polyline per party, then the overall mean last
 */
record HealthTrend(List<String> parties, List<Check> checks, List<Line> lines) {

	static final int WIDTH = 600;

	static final int HEIGHT = 200;

	static final int MARGIN = 30;

	/**
	 * One check: the party means aligned with {@code parties} ({@code null} where a party
	 * did not rate), the flags in words, and a short mark for the chart ("Perception
	 * gap", "Declining"; empty when neither was raised) at its x coordinate.
	 */
	record Check(LocalDate heldOn, List<BigDecimal> partyMeans, BigDecimal overall, Rag rag, List<String> flags,
			String mark, int x, String anchor) {
	}

	/** One line of the chart: SVG points, and whether it is the overall mean. */
	record Line(String name, String points, boolean overall) {
	}

	static HealthTrend of(PartnershipOverview overview) {
		List<Review> held = overview.heldHealthChecks();
		Map<String, String> names = new LinkedHashMap<>();
		for (Review review : held) {
			for (PartyHealth party : review.relationalHealth().parties()) {
				names.putIfAbsent(party.partyId(), name(overview, party.partyId()));
			}
		}
		List<String> ids = new ArrayList<>(names.keySet());
		List<Check> checks = new ArrayList<>();
		for (Review review : held) {
			RelationalHealthResult result = review.relationalHealth();
			List<BigDecimal> means = ids.stream()
				.map((id) -> result.parties()
					.stream()
					.filter((party) -> party.partyId().equals(id))
					.map(PartyHealth::mean)
					.findFirst()
					.orElse(null))
				.toList();
			int index = checks.size();
			checks.add(new Check(review.heldOn(), means, result.overall(), result.rag(), flags(overview, result),
					mark(result), x(index, held.size()), (held.size() <= 1) ? "middle"
							: (index == 0) ? "start" : (index == held.size() - 1) ? "end" : "middle"));
		}
		List<Line> lines = new ArrayList<>();
		for (int p = 0; p < ids.size(); p++) {
			int index = p;
			lines.add(new Line(names.get(ids.get(p)),
					points(checks.stream().map((c) -> c.partyMeans().get(index)).toList()), false));
		}
		lines.add(new Line("Overall", points(checks.stream().map(Check::overall).toList()), true));
		return new HealthTrend(ids.stream().map(names::get).toList(), checks, lines);
	}

	/** The y coordinate of a mean from 1 to 5 (5 at the top). */
	static int y(BigDecimal mean) {
		double share = (mean.doubleValue() - 1) / 4;
		return (int) Math.round(HEIGHT - MARGIN - share * (HEIGHT - 2 * MARGIN));
	}

	/** The y coordinate of the RED/AMBER line (3.0) and the AMBER/GREEN line (4.0). */
	public int amberLine() {
		return y(BigDecimal.valueOf(3));
	}

	public int greenLine() {
		return y(BigDecimal.valueOf(4));
	}

	private static String points(List<BigDecimal> means) {
		List<String> points = new ArrayList<>();
		for (int i = 0; i < means.size(); i++) {
			if (means.get(i) != null) {
				points.add(x(i, means.size()) + "," + y(means.get(i)));
			}
		}
		return String.join(" ", points);
	}

	static int x(int index, int count) {
		return (count <= 1) ? WIDTH / 2 : MARGIN + index * (WIDTH - 2 * MARGIN) / (count - 1);
	}

	private static String mark(RelationalHealthResult result) {
		List<String> marks = new ArrayList<>();
		if (result.has(HealthFlagKind.PERCEPTION_GAP)) {
			marks.add("Perception gap");
		}
		if (result.has(HealthFlagKind.DECLINING)) {
			marks.add("Declining");
		}
		return String.join(", ", marks);
	}

	private static List<String> flags(PartnershipOverview overview, RelationalHealthResult result) {
		List<String> words = new ArrayList<>();
		for (HealthFlag flag : result.flags()) {
			if (flag.kind() == HealthFlagKind.PERCEPTION_GAP) {
				words.add("Perception gap on " + flag.item().label().toLowerCase() + " between "
						+ String.join(" and ", flag.partyIds().stream().map((id) -> name(overview, id)).toList()));
			}
			else if (flag.kind() == HealthFlagKind.DECLINING) {
				words.add("Declining: the overall mean fell from " + result.previousOverall() + " to "
						+ result.overall());
			}
		}
		return words;
	}

	private static String name(PartnershipOverview overview, String partyId) {
		return overview.party(partyId).map(Party::name).filter(Objects::nonNull).orElse(partyId);
	}

}
