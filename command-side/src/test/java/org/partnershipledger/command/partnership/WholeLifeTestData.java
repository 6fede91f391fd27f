package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.axonframework.test.aggregate.AggregateTestFixture;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.api.identity.Identity;
import org.partnershipledger.command.partnership.AccountabilityCommands.RaiseAuditFinding;
import org.partnershipledger.command.partnership.AccountabilityCommands.RecordTransparencyNotice;
import org.partnershipledger.command.partnership.AccountabilityCommands.RespondToAuditFinding;
import org.partnershipledger.command.partnership.AdaptationCommands.AgreeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.AssessAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.EvaluateAdaptationEffect;
import org.partnershipledger.command.partnership.AdaptationCommands.ImplementAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.ProposeAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.RejectAdaptation;
import org.partnershipledger.command.partnership.AdaptationCommands.WithdrawAdaptation;
import org.partnershipledger.command.partnership.ContractCommands.EndAlignmentInstrument;
import org.partnershipledger.command.partnership.ContractCommands.ExtendContract;
import org.partnershipledger.command.partnership.ContractCommands.VaryContract;
import org.partnershipledger.command.partnership.DisputeCommands.EscalateDispute;
import org.partnershipledger.command.partnership.DisputeCommands.RaiseDispute;
import org.partnershipledger.command.partnership.DisputeCommands.ResolveDispute;
import org.partnershipledger.command.partnership.IterationCommands.ConcludeIteration;
import org.partnershipledger.command.partnership.IterationCommands.RecordIteration;
import org.partnershipledger.command.partnership.IterationCommands.StartIteration;
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
import org.partnershipledger.command.partnership.ReviewCommands.ConfirmReviewMinutes;
import org.partnershipledger.command.partnership.ReviewCommands.HoldReview;
import org.partnershipledger.command.partnership.ReviewCommands.MarkReviewPointMissed;
import org.partnershipledger.command.partnership.ReviewCommands.RescheduleReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleNextReview;
import org.partnershipledger.command.partnership.ReviewCommands.ScheduleReview;
import org.partnershipledger.command.partnership.SetUpCommands.AddParty;
import org.partnershipledger.command.partnership.SetUpCommands.AssessServiceCharacteristics;
import org.partnershipledger.command.partnership.SetUpCommands.ChoosePartnershipModel;
import org.partnershipledger.command.partnership.SetUpCommands.RegisterPartnership;
import org.partnershipledger.command.partnership.SetUpCommands.RemoveParty;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.RuleSets;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.ExpectedImpact;
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
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.relational.TransparencyNoticeType;

import static org.partnershipledger.command.partnership.ExitTestData.END;
import static org.partnershipledger.command.partnership.ExitTestData.MAX_EXTENT;
import static org.partnershipledger.command.partnership.ExitTestData.START;
import static org.partnershipledger.command.partnership.ExitTestData.gbp;
import static org.partnershipledger.command.partnership.ExitTestData.quarter;
import static org.partnershipledger.command.partnership.ExitTestData.varyRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.AUDITOR;
import static org.partnershipledger.command.partnership.PartnershipTestData.CHARITY_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.COMMISSIONER;
import static org.partnershipledger.command.partnership.PartnershipTestData.COUNCIL_PARTY;
import static org.partnershipledger.command.partnership.PartnershipTestData.PARTNERSHIP;
import static org.partnershipledger.command.partnership.PartnershipTestData.PROVIDER;
import static org.partnershipledger.command.partnership.PartnershipTestData.addCharityRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.chooseRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.registerRequest;
import static org.partnershipledger.command.partnership.PartnershipTestData.scores;
import static org.partnershipledger.command.partnership.RelationalTestData.BOARD;
import static org.partnershipledger.command.partnership.RelationalTestData.CONTRACT;
import static org.partnershipledger.command.partnership.RelationalTestData.HYPOTHESIS;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PARTY;
import static org.partnershipledger.command.partnership.RelationalTestData.PARTNER_PROVIDER;
import static org.partnershipledger.command.partnership.RelationalTestData.agreeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.board;
import static org.partnershipledger.command.partnership.RelationalTestData.boardDelegation;
import static org.partnershipledger.command.partnership.RelationalTestData.confirm;
import static org.partnershipledger.command.partnership.RelationalTestData.councilApproves;
import static org.partnershipledger.command.partnership.RelationalTestData.day;
import static org.partnershipledger.command.partnership.RelationalTestData.proposeRequest;
import static org.partnershipledger.command.partnership.RelationalTestData.startRequest;
import static org.partnershipledger.command.partnership.ReviewTestData.bothRate;
import static org.partnershipledger.command.partnership.ReviewTestData.holdRequest;

/**
 * One partnership that has lived through every area, through real commands, so that every
 * field of its state holds something: it started as an alignment (so it has an
 * instrument), moved to a formal-relational contract that was varied and extended, and
 * has parties, assessments, measures, adaptations in every status, iterations, reviews
 * held, missed and open, outcome reports in every status, payments, disputes, audit
 * findings, and joint decisions confirmed and one still waiting.
 */
final class WholeLifeTestData {

	private static final String INSTRUMENT = "i-1";

	private static final String VARIATION = "v-1";

	private static final String PAID_ON = "m-paid-on";

	private static final String ATTENDANCE = "m-attendance";

	/** Adaptations, named after the status they end in. */
	private static final String EVALUATED = "ad-evaluated";

	private static final String IMPLEMENTED = "ad-implemented";

	private static final String VARIED = "ad-varied";

	private static final String MEASURE_CHANGE = "ad-measure-change";

	private static final String REJECTED = "ad-rejected";

	private static final String WITHDRAWN = "ad-withdrawn";

	private static final String ASSESSED = "ad-assessed";

	private static final String PROPOSED = "ad-proposed";

	private static final String OPEN_ITERATION = "it-open";

	private static final String HELD_REVIEW = "rv-held";

	private static final String MISSED_REVIEW = "rv-missed";

	private static final String OPEN_REVIEW = "rv-open";

	private static final String VERIFIED_REPORT = "r-verified";

	private static final String QUERIED_REPORT = "r-queried";

	private static final String CORRECTION = "r-correction";

	private static final String PAID = "pay-made";

	private static final String DUE = "pay-due";

	private static final String ESCALATED = "dsp-escalated";

	private static final String OPEN_FINDING = "f-open";

	/**
	 * The assessed adaptation's agreement, confirmed by the partner, not yet by the
	 * charity.
	 */
	private static final String WAITING = "jd-8";

	private static final Organisation EVALUATOR = new Organisation("What Works Centre",
			new OrganisationIdentifier("GB-CHC", "7654321"));

	private static final String COHORT = "People sustaining accommodation for 6 months, cohort 2025-Q3";

	private WholeLifeTestData() {
	}

	/** The partnership after {@link #everyArea()}, as the aggregate holds it. */
	static Partnership livedThroughEveryArea() {
		AggregateTestFixture<Partnership> fixture = new AggregateTestFixture<>(Partnership.class);
		fixture.registerInjectableResource(RuleSets.current());
		List<Object> commands = everyArea();
		AtomicReference<Partnership> state = new AtomicReference<>();
		fixture.givenCommands(commands.subList(0, commands.size() - 1))
			.when(commands.get(commands.size() - 1))
			.expectSuccessfulHandlerExecution()
			.expectState(state::set);
		return state.get();
	}

	static List<Object> everyArea() {
		List<Object> commands = new ArrayList<>();
		commands.addAll(setUpAsAnAlignment());
		commands.addAll(movedToAFormalRelationalContract());
		commands.addAll(adaptations());
		commands.addAll(contractChanges());
		commands.addAll(iterations());
		commands.addAll(reviews());
		commands.addAll(outcomesAndPayments());
		commands.addAll(disputes());
		commands.addAll(accountability());
		commands.add(movingBackTowardsATransactionalContract());
		return commands;
	}

	/** Parties (one joined and left), no money: an alignment under an MOU, then ended. */
	private static List<Object> setUpAsAnAlignment() {
		return List.of(new RegisterPartnership(PARTNERSHIP, COUNCIL_PARTY, COMMISSIONER, registerRequest(), day(0)),
				new AddParty(PARTNERSHIP, CHARITY_PARTY, COMMISSIONER, addCharityRequest(), day(0)),
				new AddParty(PARTNERSHIP, PARTNER_PARTY, COMMISSIONER,
						new AddPartyRequest(PARTNER.name(), PARTNER.identifier(), List.of(PartyRole.DELIVERY_PARTNER),
								PartyBasis.SUBCONTRACT, "Runs the outreach", null, null, null, null),
						day(0)),
				new AddParty(PARTNERSHIP, "party-evaluator", COMMISSIONER,
						new AddPartyRequest(EVALUATOR.name(), EVALUATOR.identifier(), List.of(PartyRole.EVALUATOR),
								PartyBasis.MOU, "Evaluates the pilot", null, null, null, null),
						day(0)),
				new RemoveParty(PARTNERSHIP, "party-evaluator", COMMISSIONER,
						new RemovePartyRequest("The funder evaluates instead", null, null, null, null), day(0)),
				new AssessServiceCharacteristics(PARTNERSHIP, "a-1", COMMISSIONER,
						new AssessServiceCharacteristicsRequest(AssessmentTrigger.INITIAL, false, true,
								scores(5, 4, 4, 4, 5, 3, 5), List.of(), null, null),
						day(0)),
				new ChoosePartnershipModel(PARTNERSHIP, "d-1", COMMISSIONER,
						chooseRequest(PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PaymentMechanism.NONE, "a-1", null),
						day(0)),
				new AdoptAlignmentInstrument(PARTNERSHIP, INSTRUMENT, COMMISSIONER,
						new AdoptAlignmentInstrumentRequest(InstrumentType.MOU,
								List.of(COUNCIL_PARTY, CHARITY_PARTY, PARTNER_PARTY), LocalDate.parse("2025-04-02"),
								LocalDate.parse("2026-04-01"), false, null, null),
						day(1)),
				confirm("jd-1", PROVIDER, day(1)), confirm("jd-1", PARTNER_PROVIDER, day(1)),
				new EndAlignmentInstrument(PARTNERSHIP, COMMISSIONER,
						new EndAlignmentInstrumentRequest(LocalDate.parse("2025-04-03"),
								"Money will change hands: commissioned as a contract", null, null),
						day(2)));
	}

	/**
	 * Reassessed with money changing hands; vision, principles, governance, a contract.
	 */
	private static List<Object> movedToAFormalRelationalContract() {
		return List.of(
				new AssessServiceCharacteristics(PARTNERSHIP, "a-2", COMMISSIONER,
						new AssessServiceCharacteristicsRequest(AssessmentTrigger.MATERIAL_CHANGE, true, true,
								scores(4, 4, 4, 3, 5, 4, 5), List.of(CHARITY_PARTY), null, null),
						day(3)),
				new ChoosePartnershipModel(PARTNERSHIP, "d-2", COMMISSIONER,
						chooseRequest(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PaymentMechanism.OUTCOMES_BASED,
								"a-2", null),
						day(3)),
				new AgreeSharedVision(PARTNERSHIP, COMMISSIONER,
						new AgreeSharedVisionRequest("No one sleeps rough for a second night", null, null, null),
						day(4)),
				new AgreeGuidingPrinciples(PARTNERSHIP, COMMISSIONER,
						new AgreeGuidingPrinciplesRequest(List.of(new GuidingPrinciple(PrincipleCode.HONESTY,
								"We share bad news early", List.of("Risks are raised at the next meeting"))), null,
								null, null),
						day(4)),
				new AgreeGovernanceArrangements(PARTNERSHIP, COMMISSIONER,
						new AgreeGovernanceArrangementsRequest(List.of(board()), List.of(boardDelegation("10")),
								List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS,
										DisputeStep.MEDIATION),
								null, null, null),
						day(4)),
				confirm("jd-2", PROVIDER, day(4)), confirm("jd-2", PARTNER_PROVIDER, day(4)),
				confirm("jd-3", PROVIDER, day(4)), confirm("jd-3", PARTNER_PROVIDER, day(4)),
				confirm("jd-4", PROVIDER, day(4)), confirm("jd-4", PARTNER_PROVIDER, day(4)),
				new DefineOutcomeMeasure(PARTNERSHIP, PAID_ON, COMMISSIONER,
						new DefineOutcomeMeasureRequest("Sustained accommodation", MeasureKind.OUTCOME, "people",
								new BigDecimal("100"), new BigDecimal("300"), true, gbp("1500"), null, null),
						day(4)),
				new DefineOutcomeMeasure(PARTNERSHIP, ATTENDANCE, COMMISSIONER,
						new DefineOutcomeMeasureRequest("Attendance at sessions", MeasureKind.OUTPUT, "sessions",
								BigDecimal.ZERO, new BigDecimal("50"), false, null, null, null),
						day(4)),
				new ConcludeContract(PARTNERSHIP, CONTRACT, COMMISSIONER,
						new ConcludeContractRequest(LocalDate.parse("2025-04-28"),
								new ContractPeriod(START, END, MAX_EXTENT), gbp("5000000"), List.of(CHARITY_PARTY),
								List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), null, null),
						day(5)));
	}

	/**
	 * A transition on the live partnership, away from the recommendation, still waiting
	 * for its contract to be varied or succeeded.
	 */
	private static ChoosePartnershipModel movingBackTowardsATransactionalContract() {
		return new ChoosePartnershipModel(PARTNERSHIP, "d-3", COMMISSIONER,
				chooseRequest(PartnershipModel.TRANSACTIONAL_CONTRACT, PaymentMechanism.FIXED_PRICE, "a-2",
						"The funder's new grant conditions require a fixed specification and price from next year.",
						DepartureReason.BUDGET_OR_FUNDING_RULES),
				day(40));
	}

	/**
	 * One adaptation ending in each status, and a measure revised under one; the assessed
	 * one's agreement still waits for the lead provider to confirm it.
	 */
	private static List<Object> adaptations() {
		return List.of(
				propose(EVALUATED, PROVIDER,
						proposeRequest(CHARITY_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "2")),
				agree(EVALUATED), confirm("jd-5", PROVIDER, day(8)), confirm("jd-5", PARTNER_PROVIDER, day(8)),
				implement(EVALUATED, PROVIDER),
				new EvaluateAdaptationEffect(PARTNERSHIP, EVALUATED, COMMISSIONER,
						new EvaluateAdaptationEffectRequest(AdaptationEffect.EFFECTIVE, "Attendance rose by a fifth",
								null, null),
						day(9)),
				propose(IMPLEMENTED, PROVIDER,
						proposeRequest(CHARITY_PARTY, AdaptationCategory.SERVICE_DESIGN_CHANGE, "1")),
				agree(IMPLEMENTED), confirm("jd-6", PROVIDER, day(8)), confirm("jd-6", PARTNER_PROVIDER, day(8)),
				implement(IMPLEMENTED, PROVIDER),
				propose(VARIED, COMMISSIONER,
						new ProposeAdaptationRequest(COUNCIL_PARTY, AdaptationCategory.SCOPE_CHANGE,
								AdaptationFormality.FORMAL_VARIATION, "Add a second hub", "A hub in the east",
								"Demand doubled there", List.of(),
								new ExpectedImpact(new BigDecimal("5"), BigDecimal.ZERO, "One more hub", List.of()),
								List.of(COUNCIL_PARTY, CHARITY_PARTY), List.of(PrincipleCode.RECIPROCITY),
								LocalDate.parse("2025-11-01"), false, null, null, null)),
				assess(VARIED), agree(VARIED), confirm("jd-7", PROVIDER, day(8)),
				confirm("jd-7", PARTNER_PROVIDER, day(8)),
				propose(MEASURE_CHANGE, COMMISSIONER,
						proposeRequest(COUNCIL_PARTY, AdaptationCategory.OUTCOME_MEASURE_CHANGE, "0")),
				agree(MEASURE_CHANGE),
				new ReviseOutcomeMeasure(PARTNERSHIP, ATTENDANCE, COMMISSIONER,
						new ReviseOutcomeMeasureRequest("Attendance at evening sessions", MeasureKind.OUTPUT,
								"sessions", BigDecimal.ZERO, new BigDecimal("60"), false, null, MEASURE_CHANGE,
								"Evening sessions are counted apart", null, null),
						day(9)),
				propose(REJECTED, PROVIDER, proposeRequest(CHARITY_PARTY, AdaptationCategory.SCOPE_CHANGE, "3")),
				new RejectAdaptation(PARTNERSHIP, REJECTED, COMMISSIONER,
						new RejectAdaptationRequest("Not affordable this year", null, null), day(9)),
				propose(WITHDRAWN, PROVIDER, proposeRequest(CHARITY_PARTY, AdaptationCategory.SCOPE_CHANGE, "3")),
				new WithdrawAdaptation(PARTNERSHIP, WITHDRAWN, PROVIDER,
						new WithdrawAdaptationRequest("Overtaken by the iteration", null, null), day(9)),
				propose(ASSESSED, COMMISSIONER,
						proposeRequest(COUNCIL_PARTY, AdaptationCategory.PRICE_OR_RATE_CHANGE, "4")),
				assess(ASSESSED), agree(ASSESSED), confirm(WAITING, PARTNER_PROVIDER, day(8)),
				propose(PROPOSED, PROVIDER, proposeRequest(CHARITY_PARTY, AdaptationCategory.SCOPE_CHANGE, "2")));
	}

	/** The contract varied on the agreed formal variation, then extended. */
	private static List<Object> contractChanges() {
		return List.of(
				new VaryContract(PARTNERSHIP, VARIATION, COMMISSIONER,
						varyRequest(VARIED, "5250000", END, true, LocalDate.parse("2025-10-20")), day(10)),
				new ExtendContract(PARTNERSHIP, COMMISSIONER, new ExtendContractRequest(LocalDate.parse("2031-04-30"),
						"A year more to see the last cohort through", null, null, null), day(10)));
	}

	/** One iteration still running, one concluded, one recorded in one step. */
	private static List<Object> iterations() {
		return List.of(
				new StartIteration(PARTNERSHIP, OPEN_ITERATION, PROVIDER, startRequest(null, true, null), day(11)),
				new StartIteration(PARTNERSHIP, "it-concluded", PROVIDER, startRequest(CHARITY_PARTY, true, null),
						day(11)),
				new ConcludeIteration(PARTNERSHIP, "it-concluded", PROVIDER,
						new ConcludeIterationRequest(LocalDate.parse("2025-07-27"), IterationResult.VALIDATED,
								IterationDecision.ADOPT, "Evening sessions work for people in work",
								List.of(EvidenceKind.QUANTITATIVE), EVALUATED, null, null),
						day(12)),
				new RecordIteration(PARTNERSHIP, "it-recorded", PARTNER_PROVIDER,
						new RecordIterationRequest(null, "Text reminders", HYPOTHESIS, "A reminder the day before",
								"Outreach cohort", List.of(ATTENDANCE), LocalDate.parse("2025-05-05"),
								LocalDate.parse("2025-06-01"), true, null, LocalDate.parse("2025-06-01"),
								IterationResult.INCONCLUSIVE, IterationDecision.ABANDON, "Too few replies to tell",
								List.of(EvidenceKind.USER_FEEDBACK), null, null, null),
						day(12)));
	}

	/**
	 * A board review held with a health check and its minutes confirmed, the next one
	 * scheduled by the ledger; a missed review; an open one, rescheduled.
	 */
	private static List<Object> reviews() {
		return List
			.of(schedule(HELD_REVIEW, ReviewType.PARTNERSHIP_BOARD_REVIEW, "2025-09-30", true),
					new HoldReview(PARTNERSHIP, HELD_REVIEW, COMMISSIONER,
							holdRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), bothRate(4)), day(13)),
					new ConfirmReviewMinutes(PARTNERSHIP, HELD_REVIEW, PROVIDER,
							new ConfirmReviewMinutesRequest(null, "We would have liked more time on outcomes", null,
									null),
							day(14)),
					ScheduleNextReview.after(PARTNERSHIP, HELD_REVIEW, day(14)),
					schedule(MISSED_REVIEW, ReviewType.OPERATIONAL_REVIEW, "2025-08-31", false),
					MarkReviewPointMissed.bySystem(PARTNERSHIP, MISSED_REVIEW, Instant.parse("2025-09-20T00:00:00Z")),
					schedule(OPEN_REVIEW, ReviewType.RELATIONAL_HEALTH_CHECK, "2026-03-31", true),
					new RescheduleReview(PARTNERSHIP, OPEN_REVIEW, COMMISSIONER,
							new RescheduleReviewRequest(LocalDate.parse("2026-04-30"), "The board moved", null, null),
							day(15)));
	}

	/**
	 * Reports verified, queried and corrected; an outcome payment made and adjusted, and
	 * a regular one still due.
	 */
	private static List<Object> outcomesAndPayments() {
		return List.of(report(VERIFIED_REPORT),
				new VerifyOutcomeReport(PARTNERSHIP, VERIFIED_REPORT, COMMISSIONER,
						new VerifyOutcomeReportRequest("Checked against the housing register", null, null), day(17)),
				report(QUERIED_REPORT),
				new QueryOutcomeReport(PARTNERSHIP, QUERIED_REPORT, COMMISSIONER,
						new QueryOutcomeReportRequest("Which cohort does this count?", null, null), day(17)),
				report("r-superseded"),
				new CorrectOutcomeReport(PARTNERSHIP, "r-superseded", CORRECTION, PROVIDER,
						new CorrectOutcomeReportRequest(new BigDecimal("40"), "Two people were counted twice", null,
								null),
						day(17)),
				new SchedulePayment(PARTNERSHIP, PAID, COMMISSIONER,
						new SchedulePaymentRequest(PaymentKind.OUTCOME, gbp("63000"), LocalDate.parse("2025-11-30"),
								List.of(VERIFIED_REPORT), "Q3 outcomes", null, null, null),
						day(18)),
				new MakePayment(PARTNERSHIP, PAID, COMMISSIONER,
						new MakePaymentRequest(gbp("63000"), LocalDate.parse("2025-11-28"), "BACS-0001", null, null),
						day(19)),
				new AdjustPayment(PARTNERSHIP, PAID, "adj-1", COMMISSIONER,
						new AdjustPaymentRequest(PaymentAdjustmentKind.CLAWBACK, gbp("1500"),
								"One outcome was not sustained", null, null),
						day(20)),
				new SchedulePayment(
						PARTNERSHIP, DUE, COMMISSIONER, new SchedulePaymentRequest(PaymentKind.REGULAR, gbp("20000"),
								LocalDate.parse("2025-12-31"), List.of(), "Quarterly service fee", null, null, null),
						day(20)));
	}

	/** One dispute escalated along the ladder, one resolved. */
	private static List<Object> disputes() {
		return List.of(
				new RaiseDispute(PARTNERSHIP, ESCALATED, PROVIDER,
						new RaiseDisputeRequest(null, List.of(COUNCIL_PARTY), "Late payments", "Two quarters paid late",
								List.of(PrincipleCode.RECIPROCITY), null, null),
						day(21)),
				new EscalateDispute(PARTNERSHIP, ESCALATED, PROVIDER,
						new EscalateDisputeRequest(DisputeStep.SENIOR_LEADERS, "No answer within a month", null, null,
								null),
						day(22)),
				new RaiseDispute(PARTNERSHIP, "dsp-resolved", COMMISSIONER,
						new RaiseDisputeRequest(null, List.of(CHARITY_PARTY), "Data sharing",
								"Reports arrive without the cohort", List.of(PrincipleCode.HONESTY), null, null),
						day(21)),
				new ResolveDispute(PARTNERSHIP, "dsp-resolved", COMMISSIONER,
						new ResolveDisputeRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY),
								"The cohort is named in every report", null, null),
						day(22)),
				confirm("jd-9", PROVIDER, day(22)));
	}

	/** A notice on the variation; a finding responded to and one still open. */
	private static List<Object> accountability() {
		return List.of(
				new RecordTransparencyNotice(PARTNERSHIP, "n-1", COMMISSIONER,
						new RecordTransparencyNoticeRequest(TransparencyNoticeType.UK10, "UK10-2025-000123",
								LocalDate.parse("2025-10-20"), VARIATION, null, null),
						day(23)),
				raiseFinding("f-responded"),
				new RespondToAuditFinding(PARTNERSHIP, "f-responded", COMMISSIONER,
						new RespondToAuditFindingRequest("Accepted: notices are now checked first", true, null, null),
						day(25)),
				raiseFinding(OPEN_FINDING));
	}

	/**
	 * A command of each area that the partnership decides, as a function of its state:
	 * each reads a different part of it.
	 */
	static Map<String, Function<PartnershipState, Decision<?>>> decidedNext() {
		Map<String, Function<PartnershipState, Decision<?>>> next = new LinkedHashMap<>();
		next.put("a reassessment, compared with the latest",
				(state) -> SetUpDecisions
					.assessServiceCharacteristics(state,
							new AssessServiceCharacteristics(PARTNERSHIP, "a-3", COMMISSIONER,
									PartnershipTestData.assessRequest(4, 4, 4, 4, 5, 4, 5), day(30)),
							RuleSets.current()));
		next.put("an assessment of the proposed adaptation, with the changes agreed so far",
				(state) -> AdaptationDecisions.assessAdaptation(state, assess(PROPOSED)));
		next.put("the proposed adaptation agreed by the body in force",
				(state) -> AdaptationDecisions.agreeAdaptation(state, agree(PROPOSED)));
		next.put("the waiting agreement confirmed by the lead provider, so in force",
				(state) -> JointDecisions.confirm(state, confirm(WAITING, PROVIDER, day(30))));
		next.put("a new vision proposed, numbered after every proposal so far",
				(state) -> RelationalBasisDecisions.agreeSharedVision(state, new AgreeSharedVision(PARTNERSHIP,
						COMMISSIONER, new AgreeSharedVisionRequest("Nobody sleeps rough", null, null, null), day(30))));
		next.put("the varied adaptation implemented",
				(state) -> AdaptationDecisions.implementAdaptation(state, implement(VARIED, PROVIDER)));
		next.put("the open iteration concluded",
				(state) -> IterationDecisions.concludeIteration(state,
						new ConcludeIteration(PARTNERSHIP, OPEN_ITERATION, PROVIDER,
								new ConcludeIterationRequest(LocalDate.parse("2025-08-01"),
										IterationResult.INCONCLUSIVE, IterationDecision.ADAPT, "Mixed results",
										List.of(EvidenceKind.QUALITATIVE), null, null, null),
								day(30))));
		next.put("the open review held, its health scored against the last check",
				(state) -> ReviewDecisions.holdReview(state, new HoldReview(PARTNERSHIP, OPEN_REVIEW, COMMISSIONER,
						holdRequest(List.of(COUNCIL_PARTY, CHARITY_PARTY), bothRate(3)), day(30))));
		next.put("the review after the missed one scheduled at its cadence", (state) -> ReviewDecisions
			.scheduleNextReview(state, ScheduleNextReview.after(PARTNERSHIP, MISSED_REVIEW, day(30))));
		next.put("the contract extended to its maximum extent",
				(state) -> ContractDecisions.extendContract(state, new ExtendContract(PARTNERSHIP, COMMISSIONER,
						new ExtendContractRequest(MAX_EXTENT, "Two more cohorts", null, null, null), day(30))));
		next.put("the correction corrected",
				(state) -> MoneyDecisions.correctOutcomeReport(state,
						new CorrectOutcomeReport(PARTNERSHIP, CORRECTION, "r-again", PROVIDER,
								new CorrectOutcomeReportRequest(new BigDecimal("39"), "One more duplicate", null, null),
								day(30))));
		next.put("the due payment made",
				(state) -> MoneyDecisions.makePayment(state, new MakePayment(PARTNERSHIP, DUE, COMMISSIONER,
						new MakePaymentRequest(gbp("20000"), LocalDate.parse("2025-12-31"), "BACS-0002", null, null),
						day(30))));
		next.put("the dispute escalated to the next step of the ladder",
				(state) -> DisputeDecisions.escalateDispute(state, new EscalateDispute(PARTNERSHIP, ESCALATED, PROVIDER,
						new EscalateDisputeRequest(DisputeStep.MEDIATION, "Still stuck", null, null, null), day(30))));
		next.put(
				"a notice on the instrument", (
						state) -> AccountabilityDecisions.recordTransparencyNotice(state,
								new RecordTransparencyNotice(PARTNERSHIP, "n-2", COMMISSIONER,
										new RecordTransparencyNoticeRequest(TransparencyNoticeType.VOLUNTARY,
												"MOU-2025", LocalDate.parse("2025-04-02"), INSTRUMENT, null, null),
										day(30))));
		next.put("a response to the open finding",
				(state) -> AccountabilityDecisions.respondToAuditFinding(state,
						new RespondToAuditFinding(PARTNERSHIP, OPEN_FINDING, COMMISSIONER,
								new RespondToAuditFindingRequest("Noted", false, null, null), day(30))));
		return next;
	}

	/** Commands of several areas the partnership refuses, for what its state holds. */
	static Map<String, Function<PartnershipState, Decision<?>>> refusedNext() {
		Map<String, Function<PartnershipState, Decision<?>>> next = new LinkedHashMap<>();
		next.put("a party joining without a PARTY_CHANGE adaptation",
				(state) -> SetUpDecisions.addParty(state,
						new AddParty(PARTNERSHIP, "party-evaluator", COMMISSIONER,
								new AddPartyRequest(EVALUATOR.name(), EVALUATOR.identifier(),
										List.of(PartyRole.EVALUATOR), PartyBasis.MOU, "Evaluates the second year", null,
										null, null, null),
								day(30))));
		next.put("the withdrawn adaptation agreed",
				(state) -> AdaptationDecisions.agreeAdaptation(state, agree(WITHDRAWN)));
		next.put("the waiting agreement confirmed twice by the partner",
				(state) -> JointDecisions.confirm(state, confirm(WAITING, PARTNER_PROVIDER, day(30))));
		next.put("the assessed adaptation withdrawn while its agreement waits",
				(state) -> AdaptationDecisions.withdrawAdaptation(state, new WithdrawAdaptation(PARTNERSHIP, ASSESSED,
						COMMISSIONER, new WithdrawAdaptationRequest("Not needed", null, null), day(30))));
		next.put("the contract varied twice on one adaptation",
				(state) -> ContractDecisions.varyContract(state, new VaryContract(PARTNERSHIP, "v-2", COMMISSIONER,
						varyRequest(VARIED, "5300000", END, false, null), day(30))));
		next.put("the minutes confirmed twice by one party",
				(state) -> ReviewDecisions.confirmReviewMinutes(state, new ConfirmReviewMinutes(PARTNERSHIP,
						HELD_REVIEW, PROVIDER, new ConfirmReviewMinutesRequest(null, null, null, null), day(30))));
		next.put("the made payment made again",
				(state) -> MoneyDecisions.makePayment(state, new MakePayment(PARTNERSHIP, PAID, COMMISSIONER,
						new MakePaymentRequest(gbp("63000"), LocalDate.parse("2025-12-31"), "BACS-0003", null, null),
						day(30))));
		next.put("a payment on a report that is not of this partnership",
				(state) -> MoneyDecisions.schedulePayment(state,
						new SchedulePayment(PARTNERSHIP, "pay-unknown", COMMISSIONER,
								new SchedulePaymentRequest(PaymentKind.OUTCOME, gbp("1000"),
										LocalDate.parse("2026-01-31"), List.of(QUERIED_REPORT, "r-unknown"), "Q4", null,
										null, null),
								day(30))));
		return next;
	}

	private static ProposeAdaptation propose(String adaptationId, Identity who, ProposeAdaptationRequest request) {
		return new ProposeAdaptation(PARTNERSHIP, adaptationId, who, request, day(6));
	}

	private static AssessAdaptation assess(String adaptationId) {
		return new AssessAdaptation(PARTNERSHIP, adaptationId, COMMISSIONER,
				new AssessAdaptationRequest(LegalGround.SCHEDULE_8_UNFORESEEABLE_CIRCUMSTANCES, ModificationRisk.LOW,
						true, "Within the 50% limit", null, null),
				day(7));
	}

	private static AgreeAdaptation agree(String adaptationId) {
		return new AgreeAdaptation(PARTNERSHIP, adaptationId, COMMISSIONER, agreeRequest(councilApproves()), day(8));
	}

	private static ImplementAdaptation implement(String adaptationId, Identity who) {
		return new ImplementAdaptation(PARTNERSHIP, adaptationId, who,
				new ImplementAdaptationRequest(LocalDate.parse("2025-10-01"), "Done as agreed", null, null), day(9));
	}

	private static ScheduleReview schedule(String reviewId, ReviewType type, String due, boolean healthCheck) {
		return new ScheduleReview(PARTNERSHIP, reviewId, COMMISSIONER, new ScheduleReviewRequest(type,
				LocalDate.parse(due), null, BOARD, List.of("Outcomes"), healthCheck, false, null, null), day(13));
	}

	private static ReportOutcome report(String reportId) {
		return new ReportOutcome(PARTNERSHIP, reportId, PROVIDER,
				new ReportOutcomeRequest(null, PAID_ON, quarter(), new BigDecimal("42"), COHORT, null, null), day(16));
	}

	private static RaiseAuditFinding raiseFinding(String findingId) {
		return new RaiseAuditFinding(PARTNERSHIP, findingId, AUDITOR,
				new RaiseAuditFindingRequest("Contract variations", LocalDate.parse("2025-12-31"),
						"The variation's notice was published late", FindingSeverity.MEDIUM,
						"Publish notices before the effective date", List.of(), null, null),
				day(24));
	}

}
