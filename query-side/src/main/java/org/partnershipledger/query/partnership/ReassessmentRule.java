package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.framework.ReassessmentThresholds;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.DisputeStep;

/**
 * When a reassessment of the service is due (DOMAIN.md §2.5). Pure: it reads the overview
 * and today's date, so "due" is never stored and never goes stale. Every trigger counts
 * only what happened after the latest assessment (business dates in UK time):
 * <ul>
 * <li>a year after the latest assessment (due on the anniversary);</li>
 * <li>six months after it, when its result was BORDERLINE or had IMPUTED_DIMENSIONS;</li>
 * <li>three or more agreed adaptations of scope, payment mechanism or outcome measures
 * whose agreement dates fall within twelve months of each other (due on the third);</li>
 * <li>a party joining or leaving once the partnership is active;</li>
 * <li>the contract's value, or term, moving more than 10% either way: its actual
 * variations and extensions and the agreed adaptations not yet made into a variation,
 * compounded against the contract in force (due on the change that crosses it);</li>
 * <li>a dispute escalated past the joint working group (due on that escalation).</li>
 * </ul>
 */
public final class ReassessmentRule {

	private static final Set<AdaptationStatus> AGREED = EnumSet.of(AdaptationStatus.AGREED,
			AdaptationStatus.IMPLEMENTED, AdaptationStatus.EVALUATED);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

	private ReassessmentRule() {
	}

	/** Whether a reassessment is due on {@code today}, when, and why. */
	public static ReassessmentDue of(PartnershipOverview overview, LocalDate today) {
		return of(overview.latestAssessment(), overview.status(), overview.reassessmentTriggers(), today);
	}

	/** Whether a reassessment is due on {@code today}, when, and why. */
	public static ReassessmentDue of(StoredOverview overview, LocalDate today) {
		return of(overview.latestAssessment(), overview.status(), overview.reassessmentTriggers(), today);
	}

	/**
	 * Whether a reassessment is due on {@code today}: a year after the latest assessment,
	 * six months after a borderline or imputed one, or on a trigger the events raised.
	 * @param triggers what {@link #triggers} found when the events were applied
	 */
	static ReassessmentDue of(Assessment latest, PartnershipStatus status, List<ReassessmentReason> triggers,
			LocalDate today) {
		if (latest == null || latest.occurredAt() == null || status == PartnershipStatus.CLOSED) {
			return ReassessmentDue.NOT_APPLICABLE;
		}
		LocalDate assessedOn = date(latest.occurredAt());
		List<ReassessmentReason> candidates = new ArrayList<>();
		ReassessmentThresholds thresholds = thresholds(latest);
		LocalDate anniversary = assessedOn.plusMonths(thresholds.afterMonths());
		candidates.add(new ReassessmentReason(ReassessmentReason.ANNUAL,
				"A year has passed since the latest assessment on " + DATE.format(assessedOn) + ".", anniversary));
		boolean uncertain = latest.recommendation() != null
				&& (latest.recommendation().hasFlag(RecommendationFlag.BORDERLINE)
						|| latest.recommendation().hasFlag(RecommendationFlag.IMPUTED_DIMENSIONS));
		LocalDate sixMonths = assessedOn.plusMonths(thresholds.uncertainAfterMonths());
		if (uncertain) {
			candidates.add(new ReassessmentReason(ReassessmentReason.BORDERLINE_OR_IMPUTED,
					"Six months have passed since the latest assessment, whose result was borderline or rested on "
							+ "imputed scores.",
					sixMonths));
		}
		candidates.addAll(triggers);
		List<ReassessmentReason> reasons = candidates.stream()
			.filter((reason) -> !reason.since().isAfter(today))
			.sorted(Comparator.comparing(ReassessmentReason::since))
			.toList();
		if (!reasons.isEmpty()) {
			return new ReassessmentDue(true, reasons.get(0).since(), reasons);
		}
		return new ReassessmentDue(false, uncertain ? sixMonths : anniversary, List.of());
	}

	/** Whether the event may change what {@link #triggers} finds. */
	static boolean changedBy(PartnershipEvent event) {
		return event instanceof ServiceCharacteristicsAssessed || event instanceof AdaptationAgreed
				|| event instanceof ContractVaried || event instanceof ContractExtended || event instanceof PartyJoined
				|| event instanceof PartyLeft || event instanceof ContractConcluded
				|| event instanceof AlignmentInstrumentAdopted || event instanceof DisputeEscalated;
	}

	/**
	 * What the events since the latest assessment do to make a reassessment due: three
	 * reshaping adaptations agreed within a year, a party joining or leaving once active,
	 * the contract's value or term moved by more than 10%, a dispute escalated past the
	 * joint working group. Worked out over every item when such an event is applied, and
	 * kept with the overview.
	 */
	public static List<ReassessmentReason> triggers(OverviewState state) {
		Assessment latest = state.latestAssessment;
		if (latest == null || latest.occurredAt() == null) {
			return List.of();
		}
		ReassessmentThresholds thresholds = thresholds(latest);
		List<ReassessmentReason> triggers = new ArrayList<>();
		List<Adaptation> agreedSince = agreedSince(state.adaptations.values(), latest.occurredAt());
		triggers.addAll(reshaping(agreedSince, thresholds));
		triggers.addAll(partyChanges(state.parties.values(), activeFrom(state.contract, state.alignmentInstrument),
				latest.occurredAt()));
		triggers.addAll(cumulative(ContractChangeSince.valueSteps(state, latest.occurredAt()),
				ReassessmentReason.VALUE_CHANGE, "value", thresholds.changeLimitPct()));
		triggers.addAll(cumulative(ContractChangeSince.termSteps(state, latest.occurredAt()),
				ReassessmentReason.TERM_CHANGE, "term", thresholds.changeLimitPct()));
		triggers.addAll(escalatedDisputes(state.disputes.values(), latest.occurredAt()));
		return triggers;
	}

	/**
	 * Disputes escalated past the informal step (the joint working group) since the
	 * latest assessment: one reason per dispute, due on the first such escalation.
	 */
	static List<ReassessmentReason> escalatedDisputes(List<Dispute> disputes, Instant since) {
		List<ReassessmentReason> reasons = new ArrayList<>();
		for (Dispute dispute : disputes) {
			dispute.escalations()
				.stream()
				.filter((escalation) -> escalation.toStep() != null
						&& escalation.toStep().compareTo(DisputeStep.JOINT_WORKING_GROUP) > 0
						&& escalation.escalatedAt() != null && escalation.escalatedAt().isAfter(since))
				.findFirst()
				.ifPresent((escalation) -> reasons.add(new ReassessmentReason(ReassessmentReason.DISPUTE_ESCALATED,
						"The dispute \u201c" + dispute.subject() + "\u201d was escalated to "
								+ escalation.toStep().name().replace('_', ' ').toLowerCase(Locale.ROOT) + " on "
								+ DATE.format(date(escalation.escalatedAt())) + ".",
						date(escalation.escalatedAt()))));
		}
		return reasons;
	}

	static List<Adaptation> agreedSince(List<Adaptation> adaptations, Instant since) {
		return adaptations.stream()
			.filter((adaptation) -> AGREED.contains(adaptation.status()) && adaptation.agreement() != null
					&& adaptation.agreement().agreedAt() != null && adaptation.agreement().agreedAt().isAfter(since))
			.sorted(Comparator.comparing((Adaptation adaptation) -> adaptation.agreement().agreedAt()))
			.toList();
	}

	/**
	 * The first time three reshaping adaptations were agreed within twelve months: the
	 * third's agreement date is no later than a year after the first's.
	 */
	private static List<ReassessmentReason> reshaping(List<Adaptation> agreedSince, ReassessmentThresholds thresholds) {
		List<LocalDate> dates = agreedSince.stream()
			.filter((adaptation) -> thresholds.reshaping().contains(adaptation.category()))
			.map((adaptation) -> date(adaptation.agreement().agreedAt()))
			.toList();
		int count = thresholds.reshapingCount();
		for (int i = count - 1; i < dates.size(); i++) {
			LocalDate first = dates.get(i - count + 1);
			if (!dates.get(i).isAfter(first.plusMonths(thresholds.reshapingWithinMonths()))) {
				return List.of(new ReassessmentReason(ReassessmentReason.ADAPTATIONS_AGREED,
						count + " changes of scope, payment mechanism or outcome measures were agreed "
								+ "within twelve months, the last on " + DATE.format(dates.get(i)) + ".",
						dates.get(i)));
			}
		}
		return List.of();
	}

	/** Parties that joined or left after the latest assessment, once active. */
	private static List<ReassessmentReason> partyChanges(List<Party> parties, Instant activeFrom, Instant since) {
		if (activeFrom == null) {
			return List.of();
		}
		Instant from = since.isAfter(activeFrom) ? since : activeFrom;
		List<ReassessmentReason> reasons = new ArrayList<>();
		for (Party party : parties) {
			if (party.joinedAt() != null && party.joinedAt().isAfter(since) && !party.joinedAt().isBefore(from)) {
				reasons.add(new ReassessmentReason(ReassessmentReason.PARTY_CHANGE,
						party.name() + " joined the partnership on " + DATE.format(date(party.joinedAt())) + ".",
						date(party.joinedAt())));
			}
			if (party.leftAt() != null && party.leftAt().isAfter(since) && !party.leftAt().isBefore(from)) {
				reasons.add(new ReassessmentReason(ReassessmentReason.PARTY_CHANGE,
						party.name() + " left the partnership on " + DATE.format(date(party.leftAt())) + ".",
						date(party.leftAt())));
			}
		}
		return reasons;
	}

	/** When the contract was concluded or the alignment instrument adopted. */
	private static Instant activeFrom(Contract contract, AlignmentInstrument instrument) {
		return Stream
			.of((contract != null) ? contract.concludedAt() : null,
					(instrument != null) ? instrument.adoptedAt() : null)
			.filter((at) -> at != null)
			.min(Comparator.naturalOrder())
			.orElse(null);
	}

	/**
	 * The change at which the contract's variations, extensions and agreed adaptations
	 * since the latest assessment, compounded, first move the value (or term) more than
	 * 10% either way.
	 */
	private static List<ReassessmentReason> cumulative(List<ContractChangeSince.Step> steps, String code, String what,
			BigDecimal limitPct) {
		ContractChangeSince.Crossing crossing = ContractChangeSince.firstBeyond(steps, limitPct);
		if (crossing == null) {
			return List.of();
		}
		return List.of(new ReassessmentReason(code,
				"The contract's variations, extensions and agreed adaptations change the " + what + " by "
						+ crossing.changePct().stripTrailingZeros().toPlainString()
						+ "% since the latest assessment, compounded, more than "
						+ limitPct.stripTrailingZeros().toPlainString() + "%.",
				date(crossing.at())));
	}

	/**
	 * The thresholds of the rule set that made the latest assessment's recommendation.
	 */
	private static ReassessmentThresholds thresholds(Assessment latest) {
		return Optional.ofNullable(latest.recommendation())
			.flatMap((recommendation) -> RuleSets.byVersion(recommendation.ruleSetVersion()))
			.orElseGet(RuleSets::current)
			.reassessment();
	}

	private static LocalDate date(Instant at) {
		return LocalDate.ofInstant(at, BusinessCalendar.UK);
	}

}
