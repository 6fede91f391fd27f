package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.relational.ExpectedImpact;

/**
 * How far the contract in force moved in value or term since the latest assessment
 * (DOMAIN.md §2.5, §2.6): its actual variations and extensions, and the agreed
 * adaptations not yet made into a variation, compounded one after another (+10% then +10%
 * is +21%), starting from the contract's terms at the assessment, or from its original
 * terms when it was concluded since. A term is measured in days from the contract's
 * start.
 */
final class ContractChangeSince {

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private ContractChangeSince() {
	}

	/** One change, as the factor it multiplies the value (or term) by. */
	record Step(Instant at, BigDecimal factor) {
	}

	/**
	 * The first moment the compounded change goes beyond the limit either way, and by how
	 * much.
	 */
	record Crossing(Instant at, BigDecimal changePct) {
	}

	/** The value's changes since {@code since}, oldest first. */
	static List<Step> valueSteps(OverviewState state, Instant since) {
		List<Step> steps = new ArrayList<>();
		for (ContractVariation variation : variationsSince(state, since)) {
			steps.add(new Step(variation.variedAt(), ratio(variation.valueBefore(), variation.valueAfter())));
		}
		steps.addAll(expected(state, since, ExpectedImpact::valueChangePct));
		return sorted(steps);
	}

	/** The term's changes since {@code since}, oldest first. */
	static List<Step> termSteps(OverviewState state, Instant since) {
		List<Step> steps = new ArrayList<>();
		LocalDate start = contractStart(state);
		for (ContractVariation variation : variationsSince(state, since)) {
			steps.add(new Step(variation.variedAt(), days(start, variation.termEndBefore(), variation.termEndAfter())));
		}
		for (ContractExtension extension : state.extensions.values()) {
			if (extension.extendedAt() != null && extension.extendedAt().isAfter(since)
					&& ofContractInForce(state, extension.extendedAt())) {
				steps.add(new Step(extension.extendedAt(),
						days(start, extension.previousEndDate(), extension.newEndDate())));
			}
		}
		steps.addAll(expected(state, since, ExpectedImpact::termChangePct));
		return sorted(steps);
	}

	/** Where the steps, compounded, first go beyond {@code limitPct} either way. */
	static Crossing firstBeyond(List<Step> steps, BigDecimal limitPct) {
		BigDecimal factor = BigDecimal.ONE;
		for (Step step : steps) {
			factor = factor.multiply(step.factor(), MathContext.DECIMAL64);
			BigDecimal pct = factor.subtract(BigDecimal.ONE).multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP);
			if (pct.abs().compareTo(limitPct) > 0) {
				return new Crossing(step.at(), pct);
			}
		}
		return null;
	}

	private static List<ContractVariation> variationsSince(OverviewState state, Instant since) {
		return state.variations.values()
			.stream()
			.filter((variation) -> variation.variedAt() != null && variation.variedAt().isAfter(since))
			.filter((variation) -> state.contract == null || variation.contractId() == null
					|| variation.contractId().equals(state.contract.contractId()))
			.toList();
	}

	/**
	 * The expected change of each adaptation agreed since and not yet made into a
	 * variation.
	 */
	private static List<Step> expected(OverviewState state, Instant since,
			Function<ExpectedImpact, BigDecimal> change) {
		Set<String> varied = state.variations.values()
			.stream()
			.map(ContractVariation::sourceAdaptationId)
			.collect(Collectors.toSet());
		List<Step> steps = new ArrayList<>();
		for (Adaptation adaptation : ReassessmentRule.agreedSince(state.adaptations.values(), since)) {
			BigDecimal pct = (adaptation.expectedImpact() != null) ? change.apply(adaptation.expectedImpact()) : null;
			if (pct != null && !varied.contains(adaptation.adaptationId())) {
				steps.add(new Step(adaptation.agreement().agreedAt(),
						BigDecimal.ONE.add(pct.divide(HUNDRED, MathContext.DECIMAL64))));
			}
		}
		return steps;
	}

	private static boolean ofContractInForce(OverviewState state, Instant at) {
		return state.contract == null || state.contract.concludedAt() == null
				|| !at.isBefore(state.contract.concludedAt());
	}

	private static LocalDate contractStart(OverviewState state) {
		return (state.contract != null && state.contract.period() != null) ? state.contract.period().startDate() : null;
	}

	private static BigDecimal ratio(Money before, Money after) {
		if (before == null || after == null || before.amount().signum() == 0) {
			return BigDecimal.ONE;
		}
		return after.amount().divide(before.amount(), MathContext.DECIMAL64);
	}

	private static BigDecimal days(LocalDate start, LocalDate endBefore, LocalDate endAfter) {
		if (start == null || endBefore == null || endAfter == null) {
			return BigDecimal.ONE;
		}
		long before = ChronoUnit.DAYS.between(start, endBefore) + 1;
		long after = ChronoUnit.DAYS.between(start, endAfter) + 1;
		return (before <= 0) ? BigDecimal.ONE
				: BigDecimal.valueOf(after).divide(BigDecimal.valueOf(before), MathContext.DECIMAL64);
	}

	private static List<Step> sorted(List<Step> steps) {
		return steps.stream().sorted(Comparator.comparing(Step::at)).toList();
	}

}
