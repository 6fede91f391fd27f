package org.partnershipledger.query.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.events.relational.ModificationRisk;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.relational.ReviewAction;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.Overviews;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * Partnerships in their relational life for the page tests, built the way the projection
 * builds them: by folding events over the first slice's overview. The council is party-1
 * (commissioner), the charity party-2 (lead provider).
 */
public final class RelationalFixtures {

	public static final String PROPOSED = "adaptation-proposed";

	public static final String AGREED = "adaptation-agreed";

	static final String REJECTED = "adaptation-rejected";

	public static final String RUNNING = "iteration-running";

	public static final String FINISHED = "iteration-finished";

	public static final String OVERDUE = "review-overdue";

	public static final String UPCOMING = "review-upcoming";

	public static final String HELD = "review-held";

	static final Instant AT = Instant.parse("2025-07-01T10:00:00Z");

	private static final String ID = PageFixtures.PARTNERSHIP_ID;

	static final Actor JANE = new Actor("jane", "Jane Commissioner", ActorRole.COMMISSIONER, "party-1");

	private static final Actor PAUL = new Actor("paul", "Paul Provider", ActorRole.PROVIDER, "party-2");

	private static final List<String> BOTH = List.of("party-1", "party-2");

	private static final Actor AUDITOR = new Actor("ali", "Ali Auditor", ActorRole.AUDITOR, null);

	private static final Period QUARTER = new Period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30));

	private RelationalFixtures() {
	}

	/** A formal-relational partnership whose model is chosen and nothing else agreed. */
	public static PartnershipOverview relationalChosen() {
		PartnershipOverview base = PageFixtures.divergent();
		return Overviews.of(base.partnershipId(), base.title(), base.description(), base.serviceArea(),
				base.legalRegime(), base.plannedPeriod(), base.estimatedValue(), PartnershipStatus.MODEL_CHOSEN, 3,
				base.commissioningParty(), base.parties(), base.latestAssessment(), base.assessments(),
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				PaymentMechanism.OUTCOMES_BASED, null, false, null, base.registeredAt(), base.lastRecordedAt());
	}

	/** Chosen, with only the shared vision agreed: principles and governance missing. */
	public static PartnershipOverview visionOnly() {
		return fold(relationalChosen(), JANE, vision());
	}

	/** Chosen, with vision, principles and governance: the contract may be recorded. */
	static PartnershipOverview basisAgreed() {
		return fold(relationalChosen(), JANE, vision(), principles(), governance());
	}

	/**
	 * Active under a contract, with a measure, a proposed provider change, an agreed
	 * commissioner change, a rejected one, a running iteration and a finished one.
	 */
	public static PartnershipOverview active() {
		PartnershipOverview overview = fold(basisAgreed(), JANE, contract(), measure());
		overview = fold(overview, PAUL, proposal(PROPOSED, "party-2", AdaptationCategory.SERVICE_DESIGN_CHANGE,
				"Evening drop-in sessions", List.of("party-2")));
		overview = fold(overview, JANE,
				proposal(AGREED, "party-1", AdaptationCategory.PRICE_OR_RATE_CHANGE,
						"Higher rate for sustained tenancies", BOTH),
				new AdaptationAssessed(ID, AGREED, LegalGround.SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT, new BigDecimal("4"),
						BigDecimal.ZERO, ModificationRisk.LOW, false, "Within the rate review clause", AT),
				new AdaptationAgreed(ID, AGREED, "board",
						List.of(new Approval("party-1", null), new Approval("party-2", "Welcome")),
						List.of("Review after six months"), 1, null, AT));
		overview = fold(overview, PAUL, proposal(REJECTED, "party-2", AdaptationCategory.SCOPE_CHANGE,
				"Add a second locality", List.of("party-2")));
		overview = fold(overview, JANE, new AdaptationRejected(ID, REJECTED, "No budget this year", AT));
		return fold(overview, PAUL,
				new ProviderIterationStarted(ID, RUNNING, "party-2", "Text reminders",
						"We believe text reminders for new tenants will achieve fewer missed visits; we will know when "
								+ "missed visits move by 20% within 3 months",
						"Reminders the day before a visit", "New tenants in the north", List.of("measure-1"),
						LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30), true, null, AT),
				new ProviderIterationRecorded(ID, FINISHED, "party-2", "Peer mentors",
						"We believe peer mentors for young people will achieve longer tenancies; we will know when "
								+ "tenancies sustained move by 10% within 6 months",
						"Mentors with lived experience", "Under-25s", List.of(), LocalDate.of(2025, 1, 6),
						LocalDate.of(2025, 6, 30), true, null, LocalDate.of(2025, 6, 30),
						List.of(EvidenceKind.QUANTITATIVE, EvidenceKind.USER_FEEDBACK), IterationResult.VALIDATED,
						IterationDecision.SCALE, "Mentored tenants stayed longer", PROPOSED, AT));
	}

	/**
	 * Active, with an overdue board review ({@link #OVERDUE}, due 1 December 2025 with 14
	 * days of grace), an upcoming operational review ({@link #UPCOMING}), a held health
	 * check ({@link #HELD}: amber, the council's minutes confirmed) and a missed review.
	 */
	public static PartnershipOverview withReviews() {
		Map<HealthItem, Integer> fives = new EnumMap<>(HealthItem.class);
		Map<HealthItem, Integer> twos = new EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			fives.put(item, 5);
			twos.put(item, 2);
		}
		List<PartyRatings> ratings = List.of(new PartyRatings("party-1", List.of(fives)),
				new PartyRatings("party-2", List.of(twos)));
		return fold(active(), JANE,
				new ReviewPointScheduled(ID, OVERDUE, ReviewType.PARTNERSHIP_BOARD_REVIEW, LocalDate.of(2025, 12, 1),
						14, "board", List.of(), false, false, AT),
				new ReviewPointScheduled(ID, UPCOMING, ReviewType.OPERATIONAL_REVIEW, LocalDate.of(2026, 3, 31), 14,
						null, List.of(), true, false, AT),
				new ReviewPointScheduled(ID, HELD, ReviewType.RELATIONAL_HEALTH_CHECK, LocalDate.of(2025, 9, 30), 14,
						null, List.of(), true, false, AT),
				new ReviewPointHeld(ID, HELD, LocalDate.of(2025, 9, 29), BOTH, List.of("Keep the evening sessions"),
						List.of(new ReviewAction("Share tenancy data monthly", "party-2", null)),
						PerformanceRating.APPROACHING_TARGET,
						new RelationalHealthCheck(ratings, RelationalHealthRhc1.score(ratings, null)), List.of(), AT),
				new ReviewMinutesConfirmed(ID, HELD, "party-1", null, AT),
				new ReviewPointScheduled(ID, "review-missed", ReviewType.OPERATIONAL_REVIEW, LocalDate.of(2025, 8, 1),
						7, null, List.of(), false, false, AT),
				new ReviewPointMissed(ID, "review-missed", LocalDate.of(2025, 8, 1), 7, AT, AT));
	}

	/**
	 * {@link #withReviews()} with the relational health check after {@link #HELD}
	 * scheduled by the ledger six months after that one's due date.
	 */
	public static PartnershipOverview withCadenceReview() {
		return fold(withReviews(), new Actor("system", "Partnership Ledger review cadence", ActorRole.SYSTEM, null),
				new ReviewPointScheduled(ID, "review-by-cadence", ReviewType.RELATIONAL_HEALTH_CHECK,
						LocalDate.of(2026, 3, 30), 14, null, List.of(), true, false, AT));
	}

	/**
	 * {@link #withReviews()} with a second relational health check held on 20 December
	 * 2025: the council rates 3, the charity 2, so the overall mean falls from 3.50 to
	 * 2.50: RED and DECLINING.
	 */
	static PartnershipOverview healthDeclining() {
		List<PartyRatings> ratings = List.of(new PartyRatings("party-1", List.of(all(3))),
				new PartyRatings("party-2", List.of(all(2))));
		return fold(withReviews(), JANE,
				new ReviewPointScheduled(ID, "review-red", ReviewType.RELATIONAL_HEALTH_CHECK,
						LocalDate.of(2025, 12, 31), 14, null, List.of(), true, false, AT),
				new ReviewPointHeld(ID, "review-red", LocalDate.of(2025, 12, 20), BOTH, List.of(), List.of(),
						PerformanceRating.APPROACHING_TARGET,
						new RelationalHealthCheck(ratings, RelationalHealthRhc1.score(ratings, new BigDecimal("3.50"))),
						List.of(), AT));
	}

	/**
	 * {@link #active()} with a third party that joined once the contract was concluded (1
	 * July 2025, after the assessment of 2 May 2025): a reassessment is due.
	 */
	static PartnershipOverview partyJoinedWhileActive() {
		return fold(active(), JANE, new PartyJoined(ID, "party-3",
				new Organisation("Northern Housing", new OrganisationIdentifier("GB-CHC", "7654321")),
				List.of(PartyRole.DELIVERY_PARTNER), PartyBasis.CONTRACT, "Delivers in the north", null, null, AT));
	}

	/**
	 * {@link #active()} with the contract varied twice under the agreed adaptation (value
	 * £12.5m to £13.75m, cumulative +10%; end 30 June 2030 to 31 December 2030, +10%), an
	 * outcome report queried then corrected, a verified one paid with a service credit, a
	 * dispute escalated to mediation, a UK10 notice, an audit finding with its response,
	 * and the contract ended early by agreement: EXITING.
	 */
	public static PartnershipOverview exiting() {
		PartnershipOverview overview = fold(active(), JANE,
				variation("variation-1", "12500000", "13000000", LocalDate.of(2030, 6, 30), "4", "4", "0"),
				variation("variation-2", "13000000", "13750000", LocalDate.of(2030, 12, 31), "5.77", "10", "10"));
		overview = fold(overview, PAUL,
				new OutcomeReported(ID, "report-1", "party-2", "measure-1", QUARTER, new BigDecimal("42"),
						"Tenants housed for 12 months", AT),
				new OutcomeReported(ID, "report-2", "party-2", "measure-1",
						new Period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31)), new BigDecimal("37"), null,
						AT));
		overview = fold(overview, JANE, new OutcomeReportQueried(ID, "report-1", "Which wards are counted?", AT),
				new OutcomeReportVerified(ID, "report-2", "Checked against the housing register", AT));
		overview = fold(overview, PAUL, new OutcomeReportCorrected(ID, "report-3", "report-1", "party-2", "measure-1",
				QUARTER, new BigDecimal("40"), "Two tenancies were counted twice", AT));
		overview = fold(overview, JANE,
				new PaymentScheduled(ID, "payment-1", PaymentKind.OUTCOME, new Money(new BigDecimal("55500"), "GBP"),
						LocalDate.of(2026, 1, 31), List.of("report-2"), "Quarter three outcomes", null, AT),
				new PaymentMade(ID, "payment-1", new Money(new BigDecimal("55500"), "GBP"), LocalDate.of(2026, 1, 30),
						"BACS-0117", AT),
				new PaymentAdjusted(ID, "payment-1", "adjustment-1", PaymentAdjustmentKind.SERVICE_CREDIT,
						new Money(new BigDecimal("1500"), "GBP"), "Data arrived late", AT),
				new PaymentScheduled(ID, "payment-2", PaymentKind.REGULAR, new Money(new BigDecimal("250000"), "GBP"),
						LocalDate.of(2026, 3, 31), List.of(), "Core grant, quarter four", null, AT));
		overview = fold(overview, PAUL,
				new DisputeRaised(ID, "dispute-1", "party-2", BOTH, "Late referral data",
						"Referral data arrives weeks late", List.of(PrincipleCode.RECIPROCITY),
						DisputeStep.JOINT_WORKING_GROUP, AT),
				new DisputeEscalated(ID, "dispute-1", DisputeStep.JOINT_WORKING_GROUP, DisputeStep.MEDIATION, 1,
						"The working group could not agree", null, AT));
		overview = fold(overview, JANE, new TransparencyNoticeRecorded(ID, "notice-1", TransparencyNoticeType.UK10,
				"UK10-2025-0042", LocalDate.of(2025, 9, 15), "variation-2", AT));
		overview = fold(overview, AUDITOR,
				new AuditFindingRaised(ID, "finding-1", "Contract change notices", LocalDate.of(2026, 3, 31),
						"One notice was published after the change took effect", FindingSeverity.MEDIUM,
						"Publish the notice before the effective date", List.of("event-40"), AT));
		return fold(overview, JANE,
				new AuditFindingResponded(ID, "finding-1", "We now publish before the effective date", true, AT),
				new ContractTerminated(ID, "contract-1", TerminationReason.EARLY_BY_AGREEMENT,
						LocalDate.of(2027, 3, 31), "The service moves in-house", AT));
	}

	/**
	 * Active under a contract that may be extended from 30 June 2030 to 30 June 2032,
	 * with nothing agreed to vary it under.
	 */
	/** Exiting, with a fourth report queried and not yet verified. */
	public static PartnershipOverview exitingWithAQueriedReport() {
		PartnershipOverview overview = fold(exiting(), PAUL, new OutcomeReported(ID, "report-4", "party-2", "measure-1",
				QUARTER, new BigDecimal("45"), "People housed this quarter", AT));
		return fold(overview, JANE, new OutcomeReportQueried(ID, "report-4", "Which wards are counted?", AT));
	}

	public static PartnershipOverview extendable() {
		return fold(basisAgreed(), JANE,
				new ContractConcluded(ID, "contract-1", LocalDate.of(2025, 6, 30),
						new ContractPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30),
								LocalDate.of(2032, 6, 30)),
						new Money(new BigDecimal("12500000"), "GBP"), List.of("party-2"), List.of(), AT));
	}

	/** {@link #extendable()}, extended as far as its period allows, to 30 June 2032. */
	public static PartnershipOverview extendedToTheMaximum() {
		return fold(extendable(), JANE, new ContractExtended(ID, "contract-1", LocalDate.of(2030, 6, 30),
				LocalDate.of(2032, 6, 30), "The board agreed two more years", null, AT));
	}

	/**
	 * An alignment partnership, active under its partnership charter since 1 July 2025.
	 */
	public static PartnershipOverview alignmentActive() {
		return fold(alignmentChosen(), JANE,
				new AlignmentInstrumentAdopted(ID, "instrument-1", InstrumentType.PARTNERSHIP_CHARTER, BOTH,
						LocalDate.of(2025, 7, 1), LocalDate.of(2026, 7, 1), false, AT));
	}

	/**
	 * An alignment partnership whose model is chosen: its instrument is still to adopt.
	 */
	public static PartnershipOverview alignmentChosen() {
		PartnershipOverview base = PageFixtures.alignment();
		return Overviews.of(base.partnershipId(), base.title(), base.description(), base.serviceArea(),
				base.legalRegime(), base.plannedPeriod(), null, PartnershipStatus.MODEL_CHOSEN, 3,
				base.commissioningParty(), base.parties(), base.latestAssessment(), base.assessments(),
				PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT, PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT,
				PaymentMechanism.NONE, null, false, null, base.registeredAt(), base.lastRecordedAt());
	}

	/** A funder of the partnerships below, whose people commission for a foundation. */
	public static final Organisation FOUNDATION = new Organisation("Northshire Community Foundation",
			new OrganisationIdentifier("GB-CHC", "1188888"));

	/** A statutory partner of the partnerships below. */
	public static final Organisation CARE_BOARD = new Organisation("Northshire Integrated Care Board",
			new OrganisationIdentifier("GB-NHS", "QZZ"));

	/**
	 * {@link #withReviews()} with a funder that joined before the health check was held.
	 */
	public static PartnershipOverview withReviewsAndAFunder() {
		return fold(withReviews(), JANE, new PartyJoined(ID, "party-funder", FOUNDATION, List.of(PartyRole.FUNDER),
				PartyBasis.CONTRACT, "Funds the outcomes", null, null, AT));
	}

	/** An evaluator of the partnership below. */
	public static final Organisation EVALUATOR = new Organisation("Northshire Evaluation Unit",
			new OrganisationIdentifier("GB-COH", "09999999"));

	/**
	 * {@link #active()} with a funder and an evaluator: the basis and price changes bind
	 * the funder, and no joint decision binds the evaluator.
	 */
	public static PartnershipOverview activeWithAFunderAndAnEvaluator() {
		return fold(active(), JANE,
				new PartyJoined(ID, "party-funder", FOUNDATION, List.of(PartyRole.FUNDER), PartyBasis.CONTRACT,
						"Funds the outcomes", null, null, AT),
				new PartyJoined(ID, "party-evaluator", EVALUATOR, List.of(PartyRole.EVALUATOR), PartyBasis.MOU,
						"Evaluates what the partnership achieves", null, null, AT));
	}

	/**
	 * {@link #active()} with a statutory partner: it proposes nothing under a contract.
	 */
	public static PartnershipOverview activeWithAStatutoryPartner() {
		return fold(active(), JANE, statutoryPartnerJoined());
	}

	/**
	 * {@link #alignmentActive()} with a statutory partner, which proposes and disputes.
	 */
	public static PartnershipOverview alignmentWithAStatutoryPartner() {
		return fold(alignmentActive(), JANE, statutoryPartnerJoined());
	}

	private static PartyJoined statutoryPartnerJoined() {
		return new PartyJoined(ID, "party-icb", CARE_BOARD, List.of(PartyRole.STATUTORY_PARTNER),
				PartyBasis.STATUTORY_DUTY, "Shares the duty to integrate care", null, null, AT);
	}

	/**
	 * {@link #withReviews()} with an audit finding awaiting the commissioner's response.
	 */
	public static PartnershipOverview findingRaised() {
		return fold(withReviews(), AUDITOR,
				new AuditFindingRaised(ID, "finding-1", "Contract change notices", LocalDate.of(2026, 3, 31),
						"One notice was published after the change took effect", FindingSeverity.MEDIUM,
						"Publish the notice before the effective date", List.of("event-40"), AT));
	}

	/** {@link #exiting()}, then closed with a summary and two lessons. */
	static PartnershipOverview closed() {
		return fold(exiting(), JANE,
				new PartnershipClosed(ID, LocalDate.of(2027, 6, 30),
						"Handed over to the in-house team with no gap in support.",
						List.of("Share referral data from day one", "Agree the dispute ladder early"), AT));
	}

	private static ContractVaried variation(String variationId, String before, String after, LocalDate endAfter,
			String changePct, String cumulativeValuePct, String cumulativeTermPct) {
		return new ContractVaried(ID, variationId, "contract-1", AGREED, AdaptationCategory.PRICE_OR_RATE_CHANGE,
				LegalGround.SCHEDULE_8_PROVIDED_FOR_IN_CONTRACT, new Money(new BigDecimal(before), "GBP"),
				new Money(new BigDecimal(after), "GBP"), LocalDate.of(2030, 6, 30), endAfter, new BigDecimal(changePct),
				BigDecimal.ZERO, new BigDecimal(cumulativeValuePct), new BigDecimal(cumulativeTermPct),
				LocalDate.of(2025, 10, 1), true, "UK10-2025-0042", LocalDate.of(2025, 9, 15), false, null, AT);
	}

	private static Map<HealthItem, Integer> all(int rating) {
		Map<HealthItem, Integer> ratings = new EnumMap<>(HealthItem.class);
		for (HealthItem item : HealthItem.values()) {
			ratings.put(item, rating);
		}
		return ratings;
	}

	private static SharedVisionAgreed vision() {
		return new SharedVisionAgreed(ID, 1, "Everyone in the city has a settled home.", BOTH, AT);
	}

	private static GuidingPrinciplesAgreed principles() {
		return new GuidingPrinciplesAgreed(ID, 1, List.of(new GuidingPrinciple(PrincipleCode.RECIPROCITY,
				"We share gains and losses", List.of("Open book each quarter"))), BOTH, AT);
	}

	private static GovernanceArrangementsAgreed governance() {
		return new GovernanceArrangementsAgreed(ID, 1,
				List.of(new GovernanceBody("board", "Partnership board", GovernanceTier.STRATEGIC, BOTH, "Quarterly",
						"Strategy and changes")),
				List.of(new Delegation("board", new BigDecimal("10"), new BigDecimal("10"),
						List.of(AdaptationCategory.PRICE_OR_RATE_CHANGE, AdaptationCategory.SERVICE_DESIGN_CHANGE))),
				List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.MEDIATION), BOTH, AT);
	}

	private static ContractConcluded contract() {
		return new ContractConcluded(ID, "contract-1", LocalDate.of(2025, 6, 30),
				new ContractPeriod(LocalDate.of(2025, 7, 1), LocalDate.of(2030, 6, 30), null),
				new Money(new BigDecimal("12500000"), "GBP"), List.of("party-2"),
				List.of(RelationalClause.VISION, RelationalClause.GOVERNANCE), AT);
	}

	private static OutcomeMeasureDefined measure() {
		return new OutcomeMeasureDefined(ID, "measure-1", "Tenancies sustained for 12 months", MeasureKind.OUTCOME,
				"people", new BigDecimal("120"), new BigDecimal("150"), true, new Money(new BigDecimal("1500"), "GBP"),
				AT);
	}

	private static AdaptationProposed proposal(String id, String by, AdaptationCategory category, String title,
			List<String> affected) {
		return new AdaptationProposed(ID, id, by, category, AdaptationFormality.GOVERNANCE_DECISION, title,
				"What changes in " + title, "Why " + title, List.of(),
				new ExpectedImpact(new BigDecimal("4"), BigDecimal.ZERO, null, List.of()), affected,
				List.of(PrincipleCode.RECIPROCITY), LocalDate.of(2025, 9, 1), false, AT);
	}

	static PartnershipOverview fold(PartnershipOverview overview, Actor actor, PartnershipEvent... events) {
		PartnershipOverview next = overview;
		for (PartnershipEvent event : events) {
			long sequence = next.version() + 1;
			next = next.apply(EventEnvelope.of(event, UUID.randomUUID().toString(), sequence, 100 + sequence, AT, actor,
					new Authority(AuthorityType.BOARD_DECISION, "Board minutes, 1 July 2025"), "c", "c"));
		}
		return next;
	}

}
