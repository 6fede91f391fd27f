package org.partnershipledger.query.partnership;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.PaymentStatus;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.query.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The fold over contract change and exit, outcome reports, payments, disputes and
 * accountability (DOMAIN.md §4 items 18 to 24).
 */
class ContractAndAccountabilityFoldTest {

	private static final OrganisationIdentifier CHARITY = new OrganisationIdentifier("GB-CHC", "1234567");

	private final TestEvents events = new TestEvents(new OrganisationIdentifier("GB-LAC", "E08000003"));

	/** Registered, assessed, model chosen, governance agreed, contract concluded. */
	private PartnershipOverview active() {
		return fold(PartnershipOverview.empty(), this.events.registered("Homelessness outcomes"),
				this.events.joined("party-1", "Shelter Trust", CHARITY, PartyRole.LEAD_PROVIDER),
				this.events.assessed(true, TestEvents.RELATIONAL_SCORES),
				this.events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
						PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED),
				this.events.governance(1, "board", "Partnership Board", List.of(AdaptationCategory.SCOPE_CHANGE),
						"party-0", "party-1"),
				this.events.measureDefined("measure-1", "People housed for six months", "150"),
				this.events.contract("contract-1", "party-1"));
	}

	@Test
	void aVariationRecordsBeforeAndAfterAndTheContractNowAgainstTheOriginal() {
		PartnershipOverview active = fold(active(),
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SCOPE_CHANGE,
						AdaptationFormality.FORMAL_VARIATION, "Add a night shelter", "8"),
				this.events.agreed("adaptation-1", "board", 1, "party-0", "party-1"));
		assertThat(active.contractNow().changed()).isFalse();

		PartnershipOverview varied = fold(active,
				this.events.varied("variation-1", "adaptation-1", "4500000", "4860000", "2030-05-31", "2030-05-31", "8",
						"8", "0"),
				this.events.varied("variation-2", "adaptation-1", "4860000", "4950000", "2030-05-31", "2030-11-30",
						"1.85", "10", "10"));

		assertThat(varied.variations())
			.extracting(ContractVariation::variationId, (variation) -> plain(variation.valueBefore()),
					(variation) -> plain(variation.valueAfter()), ContractVariation::sourceAdaptationId)
			.containsExactly(tuple("variation-1", "GBP 4500000", "GBP 4860000", "adaptation-1"),
					tuple("variation-2", "GBP 4860000", "GBP 4950000", "adaptation-1"));
		assertThat(varied.variations().get(0).noticeReference()).isEqualTo("UK10-0042");
		ContractNow now = varied.contractNow();
		assertThat(plain(now.originalValue())).isEqualTo("GBP 4500000");
		assertThat(plain(now.value())).isEqualTo("GBP 4950000");
		assertThat(now.originalEndDate()).isEqualTo(LocalDate.parse("2030-05-31"));
		assertThat(now.endDate()).isEqualTo(LocalDate.parse("2030-11-30"));
		assertThat(now.cumulativeValueChangePct()).isEqualByComparingTo("10");
		assertThat(now.cumulativeTermChangePct()).isEqualByComparingTo("10");
		assertThat(now.changed()).isTrue();
		assertThat(varied.status()).isEqualTo(PartnershipStatus.ACTIVE);
	}

	@Test
	void anExtensionMovesTheEndDateButNotTheCumulativeChange() {
		PartnershipOverview extended = fold(active(),
				this.events.extended("2030-05-31", "2031-05-31", "The extension option in the contract"));

		assertThat(extended.extensions()).extracting(ContractExtension::previousEndDate, ContractExtension::newEndDate)
			.containsExactly(tuple(LocalDate.parse("2030-05-31"), LocalDate.parse("2031-05-31")));
		assertThat(extended.contractNow().endDate()).isEqualTo(LocalDate.parse("2031-05-31"));
		assertThat(extended.contractNow().cumulativeTermChangePct()).isEqualByComparingTo(BigDecimal.ZERO);
	}

	@Test
	void terminationMakesItExitingAndClosureMakesItClosedWithItsLessons() {
		PartnershipOverview exiting = fold(active(), this.events.terminated(TerminationReason.EARLY_BY_AGREEMENT,
				"2027-03-31", "The service moved in-house"));
		assertThat(exiting.status()).isEqualTo(PartnershipStatus.EXITING);
		assertThat(exiting.ending()).isTrue();
		assertThat(exiting.termination().reason()).isEqualTo(TerminationReason.EARLY_BY_AGREEMENT);
		assertThat(exiting.termination().terminationDate()).isEqualTo(LocalDate.parse("2027-03-31"));

		PartnershipOverview closed = fold(exiting, this.events.closed("2027-06-30", "Handed over well",
				"Share data from day one", "Agree the ladder early"));
		assertThat(closed.status()).isEqualTo(PartnershipStatus.CLOSED);
		assertThat(closed.closure().summary()).isEqualTo("Handed over well");
		assertThat(closed.closure().lessons()).containsExactly("Share data from day one", "Agree the ladder early");
	}

	@Test
	void anEndedInstrumentMakesAnAlignmentPartnershipExiting() {
		PartnershipOverview aligned = fold(PartnershipOverview.empty(), this.events.registered("Shared outcomes"),
				this.events.instrument("instrument-1", "party-0"));

		PartnershipOverview ended = fold(aligned,
				this.events.instrumentEnded("instrument-1", "2026-06-01", "The charter ran its course"));

		assertThat(ended.status()).isEqualTo(PartnershipStatus.EXITING);
		assertThat(ended.instrumentEnding().endedOn()).isEqualTo(LocalDate.parse("2026-06-01"));
		assertThat(ended.instrumentEnding().reason()).isEqualTo("The charter ran its course");
	}

	@Test
	void anOutcomeReportIsQueriedThenVerifiedAndACorrectionSupersedesTheOriginal() {
		PartnershipOverview reported = fold(active(),
				this.events.outcomeReported("report-1", "party-1", "measure-1", "42"));
		OutcomeReport first = reported.outcomeReport("report-1").orElseThrow();
		assertThat(first.status()).isEqualTo(OutcomeReportStatus.REPORTED);
		assertThat(first.providerPartyName()).isEqualTo("Shelter Trust");
		assertThat(first.measureName()).isEqualTo("People housed for six months");

		PartnershipOverview queried = fold(reported, this.events.reportQueried("report-1", "Which wards?"));
		assertThat(queried.outcomeReport("report-1").orElseThrow().status()).isEqualTo(OutcomeReportStatus.QUERIED);
		assertThat(queried.outcomeReport("report-1").orElseThrow().queries()).extracting(ReportQuery::question)
			.containsExactly("Which wards?");

		PartnershipOverview verified = fold(queried, this.events.reportVerified("report-1", "Checked the cases"));
		assertThat(verified.outcomeReport("report-1").orElseThrow().status()).isEqualTo(OutcomeReportStatus.VERIFIED);
		assertThat(verified.outcomeReport("report-1").orElseThrow().verificationNotes()).isEqualTo("Checked the cases");

		PartnershipOverview corrected = fold(verified, this.events.reportCorrected("report-2", "report-1", "party-1",
				"measure-1", "40", "Two cases were counted twice"));
		OutcomeReport original = corrected.outcomeReport("report-1").orElseThrow();
		OutcomeReport correction = corrected.outcomeReport("report-2").orElseThrow();
		assertThat(original.status()).isEqualTo(OutcomeReportStatus.SUPERSEDED);
		assertThat(original.value()).isEqualByComparingTo("42");
		assertThat(original.supersededByReportId()).isEqualTo("report-2");
		assertThat(correction.status()).isEqualTo(OutcomeReportStatus.REPORTED);
		assertThat(correction.correctsReportId()).isEqualTo("report-1");
		assertThat(correction.correctionReason()).isEqualTo("Two cases were counted twice");
		assertThat(correction.value()).isEqualByComparingTo("40");
	}

	@Test
	void aPaymentIsScheduledMadeAndAdjusted() {
		PartnershipOverview paid = fold(active(), this.events.outcomeReported("report-1", "party-1", "measure-1", "42"),
				this.events.reportVerified("report-1", "Checked"),
				this.events.paymentScheduled("payment-1", PaymentKind.OUTCOME, "50400", "2025-07-31", "report-1"));
		Payment scheduled = paid.payment("payment-1").orElseThrow();
		assertThat(scheduled.status()).isEqualTo(PaymentStatus.SCHEDULED);
		assertThat(scheduled.linkedReportIds()).containsExactly("report-1");

		PartnershipOverview made = fold(paid, this.events.paymentMade("payment-1", "50400", "2025-07-30", "BACS-77"),
				this.events.paymentAdjusted("payment-1", "adjustment-1", PaymentAdjustmentKind.SERVICE_CREDIT, "1200",
						"Late data"));
		Payment payment = made.payment("payment-1").orElseThrow();
		assertThat(payment.status()).isEqualTo(PaymentStatus.MADE);
		assertThat(payment.paidOn()).isEqualTo(LocalDate.parse("2025-07-30"));
		assertThat(payment.reference()).isEqualTo("BACS-77");
		assertThat(payment.adjustments())
			.extracting(PaymentAdjustment::kind, (adjustment) -> plain(adjustment.amount()))
			.containsExactly(tuple(PaymentAdjustmentKind.SERVICE_CREDIT, "GBP 1200"));
	}

	@Test
	void aDisputeClimbsTheLadderKeepingItsHistoryUntilResolved() {
		PartnershipOverview raised = fold(active(),
				this.events.disputeRaised("dispute-1", "party-1", "Late data", "party-0", "party-1"));
		Dispute dispute = raised.dispute("dispute-1").orElseThrow();
		assertThat(dispute.step()).isEqualTo(DisputeStep.JOINT_WORKING_GROUP);
		assertThat(dispute.raisedByPartyName()).isEqualTo("Shelter Trust");
		assertThat(dispute.principlesAllegedlyBreached()).containsExactly(PrincipleCode.HONESTY);
		assertThat(raised.openDisputes()).hasSize(1);

		PartnershipOverview escalated = fold(raised,
				this.events.disputeEscalated("dispute-1", DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS,
						"No agreement in the group"),
				this.events.disputeEscalated("dispute-1", DisputeStep.SENIOR_LEADERS, DisputeStep.MEDIATION,
						"Still apart"));
		Dispute climbing = escalated.dispute("dispute-1").orElseThrow();
		assertThat(climbing.step()).isEqualTo(DisputeStep.MEDIATION);
		assertThat(climbing.escalations()).extracting(DisputeEscalation::fromStep, DisputeEscalation::toStep)
			.containsExactly(tuple(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS),
					tuple(DisputeStep.SENIOR_LEADERS, DisputeStep.MEDIATION));

		PartnershipOverview resolved = fold(escalated,
				this.events.disputeResolved("dispute-1", "Data weekly from now on", "party-0", "party-1"));
		Dispute done = resolved.dispute("dispute-1").orElseThrow();
		assertThat(done.resolved()).isTrue();
		assertThat(done.resolution().resolution()).isEqualTo("Data weekly from now on");
		assertThat(done.resolution().agreedByPartyIds()).containsExactly("party-0", "party-1");
		assertThat(done.step()).isEqualTo(DisputeStep.MEDIATION);
		assertThat(resolved.openDisputes()).isEmpty();
	}

	@Test
	void transparencyNoticesAndAuditFindingsWithResponsesAreKeptAfterClosure() {
		PartnershipOverview closed = fold(active(),
				this.events.terminated(TerminationReason.EXPIRY, "2030-05-31", null),
				this.events.closed("2030-06-30", "Ran its term"));

		PartnershipOverview audited = fold(closed,
				this.events.noticeRecorded("notice-1", TransparencyNoticeType.UK11, "UK11-0007", "2030-06-01",
						"contract-1"),
				this.events.findingRaised("finding-1", "Contract change notices", FindingSeverity.MEDIUM,
						"One notice was published after the change took effect"),
				this.events.findingResponded("finding-1", "We now publish before the effective date", true));

		assertThat(audited.status()).isEqualTo(PartnershipStatus.CLOSED);
		assertThat(audited.notices())
			.extracting(TransparencyNotice::noticeType, TransparencyNotice::reference, TransparencyNotice::relatesTo)
			.containsExactly(tuple(TransparencyNoticeType.UK11, "UK11-0007", "contract-1"));
		AuditFinding finding = audited.auditFindings().get(0);
		assertThat(finding.severity()).isEqualTo(FindingSeverity.MEDIUM);
		assertThat(finding.raisedBy().displayName()).isEqualTo("Ali Auditor");
		assertThat(finding.eventRefs()).containsExactly("event-1");
		assertThat(finding.response().accepted()).isTrue();
		assertThat(finding.response().response()).isEqualTo("We now publish before the effective date");
	}

	@Test
	void eventsNamingUnknownReportsPaymentsDisputesOrFindingsAreRefused() {
		PartnershipOverview active = active();

		assertThatIllegalArgumentException().isThrownBy(() -> active.apply(this.events.reportVerified("nope", "x")))
			.withMessageContaining("outcome report nope");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> active.apply(this.events.paymentMade("nope", "1", "2025-07-30", "r")))
			.withMessageContaining("payment nope");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> active.apply(this.events.disputeResolved("nope", "x", "party-0")))
			.withMessageContaining("dispute nope");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> active.apply(this.events.findingResponded("nope", "x", false)))
			.withMessageContaining("audit finding nope");
	}

	@Test
	void theOverviewWithAllOfItSurvivesAJsonRoundTrip() {
		PartnershipOverview overview = fold(active(),
				this.events.proposed("adaptation-1", "party-1", AdaptationCategory.SCOPE_CHANGE,
						AdaptationFormality.FORMAL_VARIATION, "Add a night shelter", "8"),
				this.events.agreed("adaptation-1", "board", 1, "party-0", "party-1"),
				this.events.varied("variation-1", "adaptation-1", "4500000", "4860000", "2030-05-31", "2030-05-31", "8",
						"8", "0"),
				this.events.outcomeReported("report-1", "party-1", "measure-1", "42"),
				this.events.paymentScheduled("payment-1", PaymentKind.MILESTONE, "1000", "2025-07-31"),
				this.events.disputeRaised("dispute-1", "party-1", "Late data", "party-0", "party-1"),
				this.events.noticeRecorded("notice-1", TransparencyNoticeType.UK10, "UK10-0042", "2025-09-15",
						"variation-1"),
				this.events.findingRaised("finding-1", "Payments", FindingSeverity.LOW, "Fine"),
				this.events.terminated(TerminationReason.FOR_CONVENIENCE, "2027-03-31", "Policy change"));

		assertThat(LedgerJson.read(LedgerJson.write(overview), PartnershipOverview.class)).isEqualTo(overview);
	}

	/** Amounts come back from the wire in any scale: compare them as plain text. */
	private static String plain(Money money) {
		return money.currency() + " " + money.amount().toPlainString();
	}

	private static PartnershipOverview fold(PartnershipOverview from, EventEnvelope... envelopes) {
		PartnershipOverview overview = from;
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

}
