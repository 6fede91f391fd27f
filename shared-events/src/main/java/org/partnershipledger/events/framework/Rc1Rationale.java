package org.partnershipledger.events.framework;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the plain-words rationale of an RC-1 recommendation: the model, index and
 * confidence, the drivers, then one sentence for each thing a reader should weigh.
 */
record Rc1Rationale(PartnershipModel model, BigDecimal index, Confidence confidence, int weightedSum,
		List<RecommendationFlag> flags, List<Contribution> drivers, List<Contribution> counterIndicators, int lowest,
		int highest, List<Dimension> unknown, Counterfactual counterfactual) {

	String text() {
		StringBuilder text = new StringBuilder("Recommended ").append(this.model.label())
			.append(" (index ")
			.append(this.index.toPlainString())
			.append("/")
			.append(RuleSetRc1.MAX_SCORE)
			.append(", confidence ")
			.append(word(this.confidence))
			.append(") because ")
			.append(reasons())
			.append(".");
		if (this.counterfactual != null) {
			text.append(" If money changed hands: ")
				.append(this.counterfactual.model().label())
				.append(", confidence ")
				.append(word(this.counterfactual.confidence()))
				.append(".");
		}
		if (!this.counterIndicators.isEmpty()) {
			String named = join(this.counterIndicators.stream()
				.map((contribution) -> Rc1Phrases.label(contribution.dimension()) + " (" + Rc1Phrases.of(contribution)
						+ ")")
				.toList());
			text.append(" Note: ")
				.append(named)
				.append((this.counterIndicators.size() == 1) ? " points" : " point")
				.append(" the other way.");
		}
		if (this.flags.contains(RecommendationFlag.BORDERLINE)) {
			text.append(" Borderline: S = ")
				.append(this.weightedSum)
				.append(" is within ")
				.append(RuleSetRc1.BORDERLINE_MARGIN)
				.append(" of the threshold of ")
				.append(RuleSetRc1.THRESHOLD)
				.append(", so a small change in one score could change the model; reassess within six months.");
		}
		if (this.flags.contains(RecommendationFlag.MIXED_PROFILE)) {
			text.append(" Mixed profile: scores range from ")
				.append(this.lowest)
				.append(" to ")
				.append(this.highest)
				.append("; consider splitting the service into lots that suit different models.");
		}
		if (this.flags.contains(RecommendationFlag.OVERRIDE_INCOMPLETENESS_FLOOR)) {
			text.append(" Override: specifiability and uncertainty both score ")
				.append(RuleSetRc1.OVERRIDE_MIN_SCORE)
				.append(" or more, which leaves a tightly specified contract too incomplete, so a ")
				.append(PartnershipModel.FORMAL_RELATIONAL_CONTRACT.label())
				.append(" is recommended although S = ")
				.append(this.weightedSum)
				.append(" is below ")
				.append(RuleSetRc1.THRESHOLD)
				.append(".");
		}
		if (!this.unknown.isEmpty()) {
			text.append(" Imputed: ")
				.append(this.unknown.size())
				.append((this.unknown.size() == 1) ? " unknown score" : " unknown scores")
				.append(" counted as ")
				.append(RuleSetRc1.IMPUTED_SCORE)
				.append(" (")
				.append(this.unknown.stream()
					.map((dimension) -> dimension.code() + " " + Rc1Phrases.label(dimension))
					.collect(Collectors.joining(", ")))
				.append(").");
		}
		return text.toString();
	}

	private String reasons() {
		String drivers = join(this.drivers.stream().map(Rc1Phrases::of).toList());
		if (this.model == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT) {
			String gate = "no money changes hands between the parties";
			return drivers.isEmpty() ? gate : gate + ", and because " + drivers;
		}
		return drivers;
	}

	private static String join(List<String> parts) {
		if (parts.size() <= 1) {
			return String.join("", parts);
		}
		return String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.get(parts.size() - 1);
	}

	private static String word(Confidence confidence) {
		return confidence.name().toLowerCase(Locale.ROOT);
	}

}
