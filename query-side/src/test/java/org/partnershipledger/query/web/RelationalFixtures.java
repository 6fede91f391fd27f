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
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.SharedVisionAgreed;
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
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.events.relational.ContractPeriod;
import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.ExpectedImpact;
import org.partnershipledger.events.relational.GovernanceBody;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.events.relational.GuidingPrinciple;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.events.relational.ModificationRisk;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.events.relational.ReviewAction;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.query.overview.PartnershipOverview;
import org.partnershipledger.query.overview.PartnershipStatus;

/**
 * Partnerships in their relational life for the page tests, built the way the projection
 * builds them: by folding events over the first slice's overview. The council is party-1
 * (commissioner), the charity party-2 (lead provider).
 */
final class RelationalFixtures {

	static final String PROPOSED = "adaptation-proposed";

	static final String AGREED = "adaptation-agreed";

	static final String REJECTED = "adaptation-rejected";

	static final String RUNNING = "iteration-running";

	static final String FINISHED = "iteration-finished";

	static final String OVERDUE = "review-overdue";

	static final String UPCOMING = "review-upcoming";

	static final String HELD = "review-held";

	static final Instant AT = Instant.parse("2025-07-01T10:00:00Z");

	private static final String ID = PageFixtures.PARTNERSHIP_ID;

	private static final Actor JANE = new Actor("jane", "Jane Commissioner", ActorRole.COMMISSIONER, "party-1");

	private static final Actor PAUL = new Actor("paul", "Paul Provider", ActorRole.PROVIDER, "party-2");

	private static final List<String> BOTH = List.of("party-1", "party-2");

	private RelationalFixtures() {
	}

	/** A formal-relational partnership whose model is chosen and nothing else agreed. */
	static PartnershipOverview relationalChosen() {
		PartnershipOverview base = PageFixtures.divergent();
		return new PartnershipOverview(base.partnershipId(), base.title(), base.description(), base.serviceArea(),
				base.legalRegime(), base.plannedPeriod(), base.estimatedValue(), PartnershipStatus.MODEL_CHOSEN, 3,
				base.commissioningParty(), base.parties(), base.latestAssessment(), base.assessments(),
				PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				PaymentMechanism.OUTCOMES_BASED, null, false, null, base.registeredAt(), base.lastRecordedAt());
	}

	/** Chosen, with only the shared vision agreed: principles and governance missing. */
	static PartnershipOverview visionOnly() {
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
	static PartnershipOverview active() {
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
						List.of("Review after six months"), 1, AT));
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
	static PartnershipOverview withReviews() {
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
		return fold(active(), JANE,
				new PartyJoined(ID, "party-3",
						new Organisation("Northern Housing", new OrganisationIdentifier("GB-CHC", "7654321")),
						List.of(PartyRole.DELIVERY_PARTNER), PartyBasis.CONTRACT, "Delivers in the north", null, AT));
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

	private static PartnershipOverview fold(PartnershipOverview overview, Actor actor, PartnershipEvent... events) {
		PartnershipOverview next = overview;
		for (PartnershipEvent event : events) {
			long sequence = next.version() + 1;
			next = next.apply(EventEnvelope.of(event, UUID.randomUUID().toString(), sequence, 100 + sequence, AT, actor,
					new Authority(AuthorityType.BOARD_DECISION, "Board minutes, 1 July 2025"), "c", "c"));
		}
		return next;
	}

}
