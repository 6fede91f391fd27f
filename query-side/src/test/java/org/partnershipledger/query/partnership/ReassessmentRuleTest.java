package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.Confidence;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RecommendationFlag;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.query.Overviews;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reassessment-due rule of DOMAIN.md §2.5, as vectors: each trigger on both sides of
 * its boundary. The latest assessment is on 2 May 2025; the three-year £1m contract was
 * concluded on 30 June 2025.
 */
class ReassessmentRuleTest {

	private static final Instant ASSESSED = Instant.parse("2025-05-02T10:00:00Z");

	private static final Instant CONCLUDED = Instant.parse("2025-06-30T10:00:00Z");

	private static final LocalDate QUIET_DAY = LocalDate.of(2025, 10, 1);

	/** The end of the three-year contract, from 1 July 2025. */
	private static final LocalDate END = LocalDate.of(2028, 6, 30);

	@Test
	void notAssessedMeansNothingToReassess() {
		PartnershipOverview overview = new Builder().build();
		PartnershipOverview unassessed = Overviews.of(overview.partnershipId(), overview.title(), null, null, null,
				null, null, PartnershipStatus.REGISTERED, 0, null, List.of(), null, List.of(), null, null, null, null,
				false, null, null, null);

		assertThat(ReassessmentRule.of(unassessed, QUIET_DAY)).isEqualTo(ReassessmentDue.NOT_APPLICABLE);
	}

	@Test
	void dueExactlyAYearAfterTheLatestAssessmentNotADayBefore() {
		PartnershipOverview overview = new Builder().build();

		ReassessmentDue dayBefore = ReassessmentRule.of(overview, LocalDate.of(2026, 5, 1));
		assertThat(dayBefore.due()).isFalse();
		assertThat(dayBefore.dueOn()).isEqualTo(LocalDate.of(2026, 5, 2));
		assertThat(dayBefore.reasons()).isEmpty();

		ReassessmentDue anniversary = ReassessmentRule.of(overview, LocalDate.of(2026, 5, 2));
		assertThat(anniversary.due()).isTrue();
		assertThat(anniversary.dueOn()).isEqualTo(LocalDate.of(2026, 5, 2));
		assertThat(anniversary.reasons()).extracting(ReassessmentReason::code).containsExactly("ANNUAL");
		assertThat(anniversary.summary()).contains("A year has passed since the latest assessment on 2 May 2025");
	}

	@Test
	void dueExactlySixMonthsAfterABorderlineResult() {
		PartnershipOverview overview = new Builder().flag(RecommendationFlag.BORDERLINE).build();

		ReassessmentDue dayBefore = ReassessmentRule.of(overview, LocalDate.of(2025, 11, 1));
		assertThat(dayBefore.due()).isFalse();
		assertThat(dayBefore.dueOn()).isEqualTo(LocalDate.of(2025, 11, 2));

		ReassessmentDue sixMonths = ReassessmentRule.of(overview, LocalDate.of(2025, 11, 2));
		assertThat(sixMonths.due()).isTrue();
		assertThat(sixMonths.reasons()).extracting(ReassessmentReason::code).containsExactly("BORDERLINE_OR_IMPUTED");
	}

	@Test
	void dueSixMonthsAfterAResultWithImputedScores() {
		PartnershipOverview overview = new Builder().flag(RecommendationFlag.IMPUTED_DIMENSIONS).build();

		assertThat(ReassessmentRule.of(overview, LocalDate.of(2025, 11, 2)).due()).isTrue();
		assertThat(ReassessmentRule
			.of(new Builder().flag(RecommendationFlag.MIXED_PROFILE).build(), LocalDate.of(2025, 11, 2))
			.due()).isFalse();
	}

	@Test
	void threeAgreedReshapingAdaptationsMakeItDueButTwoDoNot() {
		Builder two = new Builder().agreed(AdaptationCategory.SCOPE_CHANGE, "2025-07-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.PAYMENT_MECHANISM_CHANGE, "2025-08-10", AdaptationStatus.IMPLEMENTED)
			.agreed(AdaptationCategory.SERVICE_DESIGN_CHANGE, "2025-08-20", AdaptationStatus.AGREED);
		assertThat(ReassessmentRule.of(two.build(), QUIET_DAY).due()).isFalse();

		Builder three = two.agreed(AdaptationCategory.OUTCOME_MEASURE_CHANGE, "2025-09-15", AdaptationStatus.EVALUATED);
		ReassessmentDue due = ReassessmentRule.of(three.build(), QUIET_DAY);
		assertThat(due.due()).isTrue();
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 9, 15));
		assertThat(due.reasons()).extracting(ReassessmentReason::code).containsExactly("ADAPTATIONS_AGREED");
	}

	@Test
	void reshapingAdaptationsCountOnlyWhenAgreedWithinTwelveMonthsAfterTheAssessment() {
		LocalDate later = LocalDate.of(2026, 4, 30);
		Builder withinAYear = new Builder()
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-05-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-09-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2026-04-28", AdaptationStatus.AGREED);
		assertThat(ReassessmentRule.of(withinAYear.build(), later).due()).isTrue();

		Builder spread = new Builder().agreed(AdaptationCategory.SCOPE_CHANGE, "2025-05-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-09-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2026-05-11", AdaptationStatus.AGREED);
		assertThat(ReassessmentRule.of(spread.build(), LocalDate.of(2026, 5, 12)).reasons())
			.extracting(ReassessmentReason::code)
			.doesNotContain("ADAPTATIONS_AGREED");

		Builder exactlyAYearApart = new Builder()
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-05-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-09-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2026-05-10", AdaptationStatus.AGREED);
		assertThat(ReassessmentRule.of(exactlyAYearApart.build(), LocalDate.of(2026, 5, 12)).reasons())
			.extracting(ReassessmentReason::code)
			.contains("ADAPTATIONS_AGREED");

		Builder oneBefore = new Builder().agreed(AdaptationCategory.SCOPE_CHANGE, "2025-04-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-07-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-08-10", AdaptationStatus.AGREED)
			.agreed(AdaptationCategory.SCOPE_CHANGE, "2025-09-10", AdaptationStatus.REJECTED);
		assertThat(ReassessmentRule.of(oneBefore.build(), QUIET_DAY).due()).isFalse();
	}

	@Test
	void aPartyJoiningOrLeavingOnceActiveMakesItDue() {
		ReassessmentDue joined = ReassessmentRule.of(new Builder().partyJoined("2025-08-01").build(), QUIET_DAY);
		assertThat(joined.due()).isTrue();
		assertThat(joined.dueOn()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(joined.summary()).contains("New Partner joined the partnership on 1 August 2025");

		ReassessmentDue left = ReassessmentRule.of(new Builder().partyLeft("2025-09-01").build(), QUIET_DAY);
		assertThat(left.reasons()).extracting(ReassessmentReason::code).containsExactly("PARTY_CHANGE");
		assertThat(left.summary()).contains("left the partnership on 1 September 2025");
	}

	@Test
	void aPartyJoiningBeforeThePartnershipIsActiveDoesNotMakeItDue() {
		assertThat(ReassessmentRule.of(new Builder().partyJoined("2025-06-01").build(), QUIET_DAY).due()).isFalse();
		assertThat(ReassessmentRule.of(new Builder().notActive().partyJoined("2025-08-01").build(), QUIET_DAY).due())
			.isFalse();
	}

	@Test
	void aValueChangeOfExactlyTenPercentIsNotDueButAboveItIs() {
		assertThat(ReassessmentRule.of(new Builder().impact("2025-07-01", "10", "0").build(), QUIET_DAY).due())
			.isFalse();

		ReassessmentDue above = ReassessmentRule.of(new Builder().impact("2025-09-01", "10.01", "0").build(),
				QUIET_DAY);
		assertThat(above.due()).isTrue();
		assertThat(above.dueOn()).isEqualTo(LocalDate.of(2025, 9, 1));
		assertThat(above.reasons()).extracting(ReassessmentReason::code).containsExactly("VALUE_CHANGE");
		assertThat(above.summary()).contains("change the value by 10.01%");
	}

	@Test
	void changesCompoundRatherThanAdd() {
		// +5% then +4.8% add to 9.8% but compound to 10.04%
		ReassessmentDue due = ReassessmentRule
			.of(new Builder().impact("2025-07-01", "5", "0").impact("2025-08-01", "4.8", "0").build(), QUIET_DAY);
		assertThat(due.reasons()).extracting(ReassessmentReason::code).containsExactly("VALUE_CHANGE");
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 8, 1));
		assertThat(due.summary()).contains("by 10.04%");
	}

	@Test
	void anActualExtensionOfTheTermMakesItDue() {
		// a three-year contract extended by two years, under no adaptation at all
		ReassessmentDue due = ReassessmentRule
			.of(new Builder().extended("2025-09-01", "2028-06-30", "2030-06-30").build(), QUIET_DAY);
		assertThat(due.reasons()).extracting(ReassessmentReason::code).containsExactly("TERM_CHANGE");
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 9, 1));
	}

	@Test
	void anActualVariationCountsInsteadOfTheImpactItsAdaptationExpected() {
		// expected +2%, varied by +40%
		Builder varied = new Builder().impact("2025-07-01", "2", "0");
		ReassessmentDue due = ReassessmentRule
			.of(varied.varied("2025-07-15", "adaptation-0", "1000000", "1400000").build(), QUIET_DAY);
		assertThat(due.reasons()).extracting(ReassessmentReason::code).containsExactly("VALUE_CHANGE");
		assertThat(due.summary()).contains("by 40%");
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 7, 15));
	}

	@Test
	void aTermReductionAboveTenPercentMakesItDue() {
		assertThat(ReassessmentRule.of(new Builder().impact("2025-07-01", "0", "-10").build(), QUIET_DAY).due())
			.isFalse();
		ReassessmentDue shorter = ReassessmentRule.of(new Builder().impact("2025-07-01", "0", "-10.01").build(),
				QUIET_DAY);
		assertThat(shorter.reasons()).extracting(ReassessmentReason::code).containsExactly("TERM_CHANGE");
	}

	@Test
	void reasonsComeEarliestFirstAndTheDueDateIsTheEarliest() {
		PartnershipOverview overview = new Builder().flag(RecommendationFlag.BORDERLINE)
			.partyJoined("2025-08-01")
			.build();

		ReassessmentDue due = ReassessmentRule.of(overview, LocalDate.of(2026, 6, 1));
		assertThat(due.reasons()).extracting(ReassessmentReason::code)
			.containsExactly("PARTY_CHANGE", "BORDERLINE_OR_IMPUTED", "ANNUAL");
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 8, 1));
	}

	@Test
	void aClosedPartnershipIsNeverDue() {
		assertThat(
				ReassessmentRule.of(new Builder().status(PartnershipStatus.CLOSED).build(), LocalDate.of(2027, 1, 1)))
			.isEqualTo(ReassessmentDue.NOT_APPLICABLE);
	}

	@Test
	void aDisputeEscalatedPastTheJointWorkingGroupSinceTheAssessmentMakesItDue() {
		PartnershipOverview overview = new Builder()
			.escalated("dispute-1", "Late data", DisputeStep.SENIOR_LEADERS, "2025-09-10")
			.build();

		ReassessmentDue dayBefore = ReassessmentRule.of(overview, LocalDate.of(2025, 9, 9));
		assertThat(dayBefore.due()).isFalse();

		ReassessmentDue due = ReassessmentRule.of(overview, LocalDate.of(2025, 9, 10));
		assertThat(due.due()).isTrue();
		assertThat(due.dueOn()).isEqualTo(LocalDate.of(2025, 9, 10));
		assertThat(due.reasons()).extracting(ReassessmentReason::code).containsExactly("DISPUTE_ESCALATED");
		assertThat(due.reasons().get(0).text())
			.isEqualTo("The dispute \u201cLate data\u201d was escalated to senior leaders on 10 September 2025.");
	}

	@Test
	void aDisputeOnlyAtTheJointWorkingGroupOrEscalatedBeforeTheAssessmentDoesNotMakeItDue() {
		PartnershipOverview overview = new Builder()
			.escalated("dispute-1", "Raised only", DisputeStep.JOINT_WORKING_GROUP, "2025-09-10")
			.escalated("dispute-2", "Old quarrel", DisputeStep.MEDIATION, "2025-04-20")
			.build();

		assertThat(ReassessmentRule.of(overview, QUIET_DAY).due()).isFalse();
	}

	/** An active partnership assessed on 2 May 2025, changed step by step. */
	private static final class Builder {

		private final List<RecommendationFlag> flags = new ArrayList<>();

		private final List<Party> parties = new ArrayList<>(List.of(party("party-1", "2025-04-01", null)));

		private final List<Adaptation> adaptations = new ArrayList<>();

		private final List<Dispute> disputes = new ArrayList<>();

		private final List<ContractVariation> variations = new ArrayList<>();

		private final List<ContractExtension> extensions = new ArrayList<>();

		private boolean active = true;

		private PartnershipStatus status = PartnershipStatus.ACTIVE;

		Builder flag(RecommendationFlag flag) {
			this.flags.add(flag);
			return this;
		}

		Builder notActive() {
			this.active = false;
			this.status = PartnershipStatus.MODEL_CHOSEN;
			return this;
		}

		Builder status(PartnershipStatus value) {
			this.status = value;
			return this;
		}

		Builder partyJoined(String on) {
			this.parties.add(party("party-9", on, null));
			return this;
		}

		Builder partyLeft(String on) {
			this.parties.add(party("party-2", "2025-04-01", on));
			return this;
		}

		Builder agreed(AdaptationCategory category, String on, AdaptationStatus status) {
			this.adaptations.add(adaptation(category, on, status, BigDecimal.ZERO, BigDecimal.ZERO));
			return this;
		}

		/** A dispute raised a week before {@code on} and moved to {@code to} on it. */
		Builder escalated(String disputeId, String subject, DisputeStep to, String on) {
			Instant raised = at(on).minusSeconds(7 * 86_400);
			List<DisputeEscalation> escalations = (to == DisputeStep.JOINT_WORKING_GROUP) ? List.of() : List
				.of(new DisputeEscalation(DisputeStep.JOINT_WORKING_GROUP, to, 1, "No agreement", at(on), null));
			this.disputes.add(new Dispute(disputeId, "party-1", "Partner party-1", List.of("party-1", "party-2"),
					subject, null, List.of(), to, raised, null, escalations, null));
			return this;
		}

		Builder impact(String on, String valuePct, String termPct) {
			this.adaptations.add(adaptation(AdaptationCategory.PRICE_OR_RATE_CHANGE, on, AdaptationStatus.AGREED,
					new BigDecimal(valuePct), new BigDecimal(termPct)));
			return this;
		}

		Builder varied(String on, String adaptationId, String before, String after) {
			this.variations.add(new ContractVariation("variation-" + this.variations.size(), "contract-1", adaptationId,
					AdaptationCategory.PRICE_OR_RATE_CHANGE, null, gbp(before), gbp(after), END, END, null, null, null,
					null, null, false, null, null, false, at(on), null));
			return this;
		}

		Builder extended(String on, String from, String to) {
			this.extensions
				.add(new ContractExtension(LocalDate.parse(from), LocalDate.parse(to), "Option taken", at(on), null));
			return this;
		}

		PartnershipOverview build() {
			Recommendation recommendation = new Recommendation(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, 70,
					new BigDecimal("3.50"), Confidence.MEDIUM, this.flags, List.of(), List.of(), "Relational", "RC-1",
					null);
			Assessment assessment = new Assessment("assessment-1", AssessmentTrigger.INITIAL, true, true, null,
					recommendation, null, null, false, ASSESSED, ASSESSED, null);
			Contract contract = this.active ? new Contract("contract-1", LocalDate.of(2025, 6, 30),
					new ContractPeriod(LocalDate.of(2025, 7, 1), END, LocalDate.of(2030, 6, 30)), gbp("1000000"),
					List.of("party-2"), List.of(), CONCLUDED, CONCLUDED, null) : null;
			return Overviews.of("p-reassess", "Reassessment vectors", null, null, null, null, null, this.status, 10,
					null, this.parties, assessment, List.of(assessment), PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
					PartnershipModel.FORMAL_RELATIONAL_CONTRACT, null, null, false, null, ASSESSED, ASSESSED, contract,
					null, null, null, null, List.of(), List.of(), List.of(), List.of(), this.adaptations, List.of(),
					Evolution.EMPTY, List.of(), null, this.variations, this.extensions, null, null, null, List.of(),
					List.of(), this.disputes, List.of(), List.of());
		}

		private static Party party(String id, String joined, String left) {
			Party party = new Party(id, id.equals("party-9") ? "New Partner" : "Partner " + id,
					new OrganisationIdentifier("GB-COH", id), List.of(PartyRole.DELIVERY_PARTNER), null, null,
					at(joined));
			return (left == null) ? party : party.left(at(left), "Moved on", null);
		}

		private Adaptation adaptation(AdaptationCategory category, String on, AdaptationStatus status,
				BigDecimal valuePct, BigDecimal termPct) {
			String id = "adaptation-" + this.adaptations.size();
			AdaptationAgreement agreement = (status == AdaptationStatus.REJECTED) ? null
					: new AdaptationAgreement("board", "Board", List.of(), List.of(), 1, at(on), null, null);
			return new Adaptation(id, status, "party-1", "Partner party-1", category,
					AdaptationFormality.GOVERNANCE_DECISION, "Change " + id, null, null, List.of(),
					new ExpectedImpact(valuePct, termPct, null, List.of()), List.of(), List.of(), null, false, at(on),
					null, null, agreement, null, null, null, null, null, at(on));
		}

		private static Money gbp(String amount) {
			return new Money(new BigDecimal(amount), "GBP");
		}

		private static Instant at(String date) {
			return Instant.parse(date + "T10:00:00Z");
		}

	}

}
