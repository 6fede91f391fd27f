package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.command.partnership.ContractCommands.ClosePartnership;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.TerminateContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;
import org.partnershipledger.command.partnership.JointDecisionCommands.ConfirmJointDecision;
import org.partnershipledger.command.partnership.JointDecisionCommands.DeclineJointDecision;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.CorrectOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.MoneyCommands.QueryOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.ReportOutcome;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;
import org.partnershipledger.command.partnership.MoneyCommands.VerifyOutcomeReport;
import org.partnershipledger.command.partnership.RelationalCommands.AdoptAlignmentInstrument;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGovernanceArrangements;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeGuidingPrinciples;
import org.partnershipledger.command.partnership.RelationalCommands.AgreeSharedVision;
import org.partnershipledger.command.partnership.RelationalCommands.ConcludeContract;
import org.partnershipledger.command.partnership.RelationalCommands.DefineOutcomeMeasure;
import org.partnershipledger.command.partnership.RelationalCommands.ReviseOutcomeMeasure;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.events.relational.ModificationRisk;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;

import static org.partnershipledger.command.partnership.PartnershipTestData.ADMIN;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.OUTSIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.rejection;
import static org.partnershipledger.command.partnership.RelationalTestData.ADAPTATION;
import static org.partnershipledger.command.partnership.RelationalTestData.HYPOTHESIS;
import static org.partnershipledger.command.partnership.RelationalTestData.ITERATION;
import static org.partnershipledger.command.partnership.RelationalTestData.MEASURE;
import static org.partnershipledger.command.partnership.RelationalTestData.agreeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.concat;
import static org.partnershipledger.command.partnership.RelationalTestData.contractRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.formalRelationalActive;
import static org.partnershipledger.command.partnership.RelationalTestData.governanceRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.iterationStarted;
import static org.partnershipledger.command.partnership.RelationalTestData.jointlyProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.measureDefined;
import static org.partnershipledger.command.partnership.RelationalTestData.proposeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.serviceChangeProposed;
import static org.partnershipledger.command.partnership.RelationalTestData.startRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.visionAgreed;

/**
 * Every command of the relational life, issued by an auditor (403: reads all, changes
 * nothing but raising audit findings), an administrator (403) or a person of an
 * organisation that is no party (404), stores nothing.
 */
class WhoMayActOnTheRelationalLifeTest {

	private static final Instant AT = day(6);

	static Stream<Arguments> commands() {
		List<Function<Identity, Object>> commands = List.of(
				(who) -> new RemoveParty(PARTNERSHIP, CHARITY_PARTY, who,
						new RemovePartyRequest("Leaving", null, null, null, null), AT),
				(who) -> new ConcludeContract(PARTNERSHIP, "c-2", who, contractRequest(), AT),
				(who) -> new AdoptAlignmentInstrument(PARTNERSHIP, "i-2", who,
						new AdoptAlignmentInstrumentRequest(InstrumentType.MOU, List.of(COUNCIL_PARTY),
								LocalDate.parse("2025-05-01"), LocalDate.parse("2026-05-01"), false, null, null),
						AT),
				(who) -> new AgreeSharedVision(PARTNERSHIP, who,
						new AgreeSharedVisionRequest("A vision", List.of(COUNCIL_PARTY), null, null), AT),
				(who) -> new AgreeGuidingPrinciples(PARTNERSHIP, who,
						new AgreeGuidingPrinciplesRequest(List
							.of(new GuidingPrinciple(PrincipleCode.EQUITY, "Fair shares", List.of("Open book"))),
								List.of(COUNCIL_PARTY), null, null),
						AT),
				(who) -> new AgreeGovernanceArrangements(PARTNERSHIP, who, governanceRequest(List.of(COUNCIL_PARTY)),
						AT),
				(who) -> new DefineOutcomeMeasure(PARTNERSHIP, "m-2", who,
						new DefineOutcomeMeasureRequest("Measure", MeasureKind.KPI, "people", null, null, false, null,
								null, null),
						AT),
				(who) -> new ReviseOutcomeMeasure(PARTNERSHIP, MEASURE, who,
						new ReviseOutcomeMeasureRequest("Measure", MeasureKind.KPI, "people", null, BigDecimal.ONE,
								false, null, null, "Because", null, null),
						AT),
				(who) -> new ProposeAdaptation(PARTNERSHIP, "ad-2", who,
						proposeRequest(null, AdaptationCategory.SCOPE_CHANGE, "1"), AT),
				(who) -> new AssessAdaptation(PARTNERSHIP, ADAPTATION, who,
						new AssessAdaptationRequest(LegalGround.BELOW_THRESHOLD, ModificationRisk.LOW, false, null,
								null, null),
						AT),
				(who) -> new AgreeAdaptation(PARTNERSHIP, ADAPTATION, who, agreeRequest(councilApproves()), AT),
				(who) -> new RejectAdaptation(PARTNERSHIP, ADAPTATION, who,
						new RejectAdaptationRequest("No", null, null), AT),
				(who) -> new WithdrawAdaptation(PARTNERSHIP, ADAPTATION, who,
						new WithdrawAdaptationRequest("No", null, null), AT),
				(who) -> new ImplementAdaptation(PARTNERSHIP, ADAPTATION, who,
						new ImplementAdaptationRequest(LocalDate.parse("2025-10-01"), null, null, null), AT),
				(who) -> new EvaluateAdaptationEffect(PARTNERSHIP, ADAPTATION, who,
						new EvaluateAdaptationEffectRequest(AdaptationEffect.EFFECTIVE, "Evidence", null, null), AT),
				(who) -> new StartIteration(PARTNERSHIP, "it-2", who, startRequest(null, true, null), AT),
				(who) -> new ConcludeIteration(PARTNERSHIP, ITERATION, who,
						new ConcludeIterationRequest(LocalDate.parse("2025-07-27"), IterationResult.VALIDATED,
								IterationDecision.ADOPT, "Learnt", List.of(EvidenceKind.QUALITATIVE), null, null, null),
						AT),
				(who) -> new RecordIteration(PARTNERSHIP, "it-3", who,
						new RecordIterationRequest(null, "Title", HYPOTHESIS, "Change", "Scope", List.of(),
								LocalDate.parse("2025-06-01"), null, true, null, LocalDate.parse("2025-06-20"),
								IterationResult.VALIDATED, IterationDecision.ADOPT, "Learnt",
								List.of(EvidenceKind.QUALITATIVE), null, null, null),
						AT),
				(who) -> new VaryContract(PARTNERSHIP, "v-1", who,
						ExitTestData.varyRequest(ADAPTATION, "5250000", ExitTestData.END, false, null), AT),
				(who) -> new ExtendContract(PARTNERSHIP, who,
						new ExtendContractRequest(LocalDate.parse("2031-04-30"), "Option", null, null, null), AT),
				(who) -> new TerminateContract(PARTNERSHIP, who,
						new TerminateContractRequest(TerminationReason.FOR_CONVENIENCE, LocalDate.parse("2026-03-31"),
								null, null, null),
						AT),
				(who) -> new EndAlignmentInstrument(PARTNERSHIP, who,
						new EndAlignmentInstrumentRequest(LocalDate.parse("2026-03-31"), "Ended", null, null), AT),
				(who) -> new ClosePartnership(PARTNERSHIP, who,
						new ClosePartnershipRequest(LocalDate.parse("2026-06-30"), "Closed", List.of(), null, null),
						AT),
				(who) -> new ReportOutcome(PARTNERSHIP, "r-2", who,
						new ReportOutcomeRequest(null, MEASURE, ExitTestData.quarter(), BigDecimal.TEN,
								"Cohort 2025-Q3", null, null),
						AT),
				(who) -> new VerifyOutcomeReport(PARTNERSHIP, ExitTestData.REPORT, who,
						new VerifyOutcomeReportRequest(null, null, null), AT),
				(who) -> new QueryOutcomeReport(PARTNERSHIP, ExitTestData.REPORT, who,
						new QueryOutcomeReportRequest("Why?", null, null), AT),
				(who) -> new CorrectOutcomeReport(PARTNERSHIP, ExitTestData.REPORT, "r-3", who,
						new CorrectOutcomeReportRequest(BigDecimal.ONE, "Fix", null, null), AT),
				(who) -> new SchedulePayment(PARTNERSHIP, "pay-2", who,
						new SchedulePaymentRequest(PaymentKind.REGULAR, ExitTestData.gbp("100"),
								LocalDate.parse("2025-11-30"), List.of(), null, null, null, null),
						AT),
				(who) -> new MakePayment(PARTNERSHIP, ExitTestData.PAYMENT, who,
						new MakePaymentRequest(ExitTestData.gbp("63000"), LocalDate.parse("2025-11-30"), null, null,
								null),
						AT),
				(who) -> new AdjustPayment(PARTNERSHIP, ExitTestData.PAYMENT, "adj-1", who,
						new AdjustPaymentRequest(PaymentAdjustmentKind.CLAWBACK, ExitTestData.gbp("1"), "Over-paid",
								null, null),
						AT),
				(who) -> new RaiseDispute(PARTNERSHIP, "dsp-2", who,
						new RaiseDisputeRequest(null, List.of(CHARITY_PARTY), "Subject", null, List.of(), null, null),
						AT),
				(who) -> new EscalateDispute(PARTNERSHIP, ExitTestData.DISPUTE, who,
						new EscalateDisputeRequest(DisputeStep.SENIOR_LEADERS, "Stuck", null, null, null), AT),
				(who) -> new ResolveDispute(PARTNERSHIP, ExitTestData.DISPUTE, who,
						new ResolveDisputeRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), "Agreed", null, null), AT),
				(who) -> new ConfirmJointDecision(PARTNERSHIP, "jd-1", who,
						new ConfirmJointDecisionRequest(null, "Yes", null, null), AT),
				(who) -> new DeclineJointDecision(PARTNERSHIP, "jd-1", who,
						new DeclineJointDecisionRequest(null, "No", null, null), AT),
				(who) -> new RecordTransparencyNotice(PARTNERSHIP, "n-1", who,
						new RecordTransparencyNoticeRequest(TransparencyNoticeType.UK10, "UK10-1",
								LocalDate.parse("2025-10-20"), null, null, null),
						AT),
				(who) -> new RespondToAuditFinding(PARTNERSHIP, "f-1", who,
						new RespondToAuditFindingRequest("Noted", false, null, null), AT));
		return commands.stream()
			.map((command) -> Named.named(command.apply(AUDITOR).getClass().getSimpleName(), command))
			.flatMap((command) -> Stream.of(Arguments.of(AUDITOR, RejectionKind.FORBIDDEN, command),
					Arguments.of(ADMIN, RejectionKind.FORBIDDEN, command),
					Arguments.of(OUTSIDER, RejectionKind.NOT_FOUND, command)));
	}

	private static AuditFindingRaised findingRaised() {
		return new AuditFindingRaised(PARTNERSHIP, "f-1", "Scope", LocalDate.parse("2025-12-31"), "Finding",
				FindingSeverity.LOW, null, List.of(), AT);
	}

	@ParameterizedTest(name = "{2} by {0} is refused with {1}")
	@MethodSource("commands")
	void peopleWhoMayNotChangeThePartnershipChangeNothing(Identity who, RejectionKind expected,
			Function<Identity, Object> command) {
		new AggregateTestFixture<>(Partnership.class)
			.given(concat(formalRelationalActive(),
					List.of(measureDefined(), serviceChangeProposed("1"), iterationStarted(CHARITY_PARTY),
							ExitTestData.reported(ExitTestData.REPORT),
							ExitTestData.outcomePaymentScheduled(ExitTestData.REPORT),
							ExitTestData.disputeRaised(DisputeStep.JOINT_WORKING_GROUP), findingRaised(),
							jointlyProposed("jd-1", visionAgreed(2), List.of(COUNCIL_PARTY, CHARITY_PARTY)))))
			.when(command.apply(who))
			.expectException(rejection(expected))
			.expectNoEvents();
	}

}
