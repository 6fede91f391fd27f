package org.partnershipledger.query;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.partnershipledger.events.AdaptationAgreed;
import org.partnershipledger.events.AdaptationAssessed;
import org.partnershipledger.events.AdaptationEffectEvaluated;
import org.partnershipledger.events.AdaptationImplemented;
import org.partnershipledger.events.AdaptationProposed;
import org.partnershipledger.events.AdaptationRejected;
import org.partnershipledger.events.AdaptationWithdrawn;
import org.partnershipledger.events.AlignmentInstrumentAdopted;
import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.ContractConcluded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.GuidingPrinciplesAgreed;
import org.partnershipledger.events.JointDecisionConfirmed;
import org.partnershipledger.events.JointDecisionDeclined;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.OutcomeMeasureDefined;
import org.partnershipledger.events.OutcomeMeasureRevised;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipModelChosen;
import org.partnershipledger.events.PartnershipModelTransitioned;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.PartyJoined;
import org.partnershipledger.events.PartyLeft;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.ProviderIterationConcluded;
import org.partnershipledger.events.ProviderIterationRecorded;
import org.partnershipledger.events.ProviderIterationStarted;
import org.partnershipledger.events.ReviewMinutesConfirmed;
import org.partnershipledger.events.ReviewPointHeld;
import org.partnershipledger.events.ReviewPointMissed;
import org.partnershipledger.events.ReviewPointRescheduled;
import org.partnershipledger.events.ReviewPointScheduled;
import org.partnershipledger.events.ServiceCharacteristicsAssessed;
import org.partnershipledger.events.SharedVisionAgreed;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.framework.RuleSetRc1;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.health.RelationalHealthCheck;
import org.partnershipledger.events.health.RelationalHealthRhc1;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Organisation;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationEffect;
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

/**
 * Builds the envelopes of one partnership's stream, numbering them in order, as the
 * command side's relay would publish them.
 */
public final class TestEvents {

	public static final int[] RELATIONAL_SCORES = { 4, 4, 4, 3, 5, 4, 5 };

	public static final int[] TRANSACTIONAL_SCORES = { 1, 2, 1, 2, 1, 2, 3 };

	/** A hypothesis that follows the template. */
	public static final String HYPOTHESIS = "We believe text reminders for people referred from two wards will "
			+ "achieve fewer missed appointments; we will know when missed appointments fall by 20% within 3 months";

	private static final Instant START = Instant.parse("2025-04-01T09:30:00Z");

	private static final Actor COMMISSIONER = new Actor("commissioner", "Casey Commissioner", ActorRole.COMMISSIONER,
			"party-0");

	private static final Actor AUDITOR = new Actor("auditor", "Ali Auditor", ActorRole.AUDITOR, null);

	/** The period outcome reports are made for. */
	public static final Period QUARTER = new Period(LocalDate.parse("2025-04-01"), LocalDate.parse("2025-06-30"));

	private final String partnershipId = UUID.randomUUID().toString();

	private final OrganisationIdentifier commissioner;

	private long sequence = -1;

	private String lastAssessmentId;

	public TestEvents(OrganisationIdentifier commissioner) {
		this.commissioner = commissioner;
	}

	public static OrganisationIdentifier uniqueIdentifier(String scheme) {
		return new OrganisationIdentifier(scheme, UUID.randomUUID().toString().substring(0, 8));
	}

	public String partnershipId() {
		return this.partnershipId;
	}

	public String lastAssessmentId() {
		return this.lastAssessmentId;
	}

	public EventEnvelope registered(String title) {
		return next(new PartnershipRegistered(this.partnershipId, title, "Support for people at risk of homelessness",
				"Housing", new PartyRef("party-0", "Anytown Council", this.commissioner),
				LegalRegime.PA2023_LIGHT_TOUCH,
				new Period(LocalDate.parse("2025-04-01"), LocalDate.parse("2030-03-31")), null, null, null, at()));
	}

	public EventEnvelope joined(String partyId, String name, OrganisationIdentifier identifier, PartyRole role) {
		return joinedUnder(partyId, name, identifier, role, null);
	}

	/**
	 * A party joining under an agreed PARTY_CHANGE adaptation ({@code null} for none).
	 */
	public EventEnvelope joinedUnder(String partyId, String name, OrganisationIdentifier identifier, PartyRole role,
			String partyChangeAdaptationId) {
		return next(new PartyJoined(this.partnershipId, partyId, new Organisation(name, identifier), List.of(role),
				PartyBasis.CONTRACT, "Delivers the service", partyChangeAdaptationId, null, at()));
	}

	public EventEnvelope assessed(boolean moneyChangesHands, int... scores) {
		Map<Dimension, Integer> values = new EnumMap<>(Dimension.class);
		Map<Dimension, DimensionScore> scored = new EnumMap<>(Dimension.class);
		for (Dimension dimension : Dimension.values()) {
			values.put(dimension, scores[dimension.ordinal()]);
			scored.put(dimension,
					new DimensionScore(scores[dimension.ordinal()], "Evidence from the needs assessment 2024"));
		}
		Recommendation recommendation = new RuleSetRc1().recommend(moneyChangesHands, values);
		String previous = this.lastAssessmentId;
		this.lastAssessmentId = UUID.randomUUID().toString();
		return next(new ServiceCharacteristicsAssessed(this.partnershipId, this.lastAssessmentId,
				(previous == null) ? AssessmentTrigger.INITIAL : AssessmentTrigger.MATERIAL_CHANGE, moneyChangesHands,
				true, scored, List.of(), recommendation, previous, List.of(), previous != null, null, false, at()));
	}

	public EventEnvelope chosen(PartnershipModel model, PartnershipModel recommended, PaymentMechanism payment) {
		boolean departs = model != recommended;
		return next(new PartnershipModelChosen(this.partnershipId, UUID.randomUUID().toString(), model, payment,
				this.lastAssessmentId, recommended, null, departs,
				departs ? "The market cannot yet support a relational contract; we pilot first for a year." : null,
				departs ? List.of(DepartureReason.PILOT_FIRST) : List.of(), null, at()));
	}

	/**
	 * A move of the live partnership to another model, as recommended by the latest
	 * assessment.
	 */
	public EventEnvelope transitioned(PartnershipModel from, PaymentMechanism fromPayment, PartnershipModel to,
			PaymentMechanism toPayment, TransitionPrerequisite... pending) {
		return next(new PartnershipModelTransitioned(this.partnershipId, UUID.randomUUID().toString(), from, to,
				fromPayment, toPayment, this.lastAssessmentId, to, null, false, null, List.of(), List.of(pending),
				at()));
	}

	public EventEnvelope left(String partyId, String reason, String adaptationId) {
		return next(new PartyLeft(this.partnershipId, partyId, reason, adaptationId, null, List.of(), at()));
	}

	/** The party left; the joint decisions that bound it and still waited lapse. */
	public EventEnvelope leftLapsing(String partyId, String reason, String... lapsedJointDecisionIds) {
		return next(
				new PartyLeft(this.partnershipId, partyId, reason, null, null, List.of(lapsedJointDecisionIds), at()));
	}

	public EventEnvelope contract(String contractId, String... supplierPartyIds) {
		return next(new ContractConcluded(this.partnershipId, contractId, LocalDate.parse("2025-05-01"),
				new ContractPeriod(LocalDate.parse("2025-06-01"), LocalDate.parse("2030-05-31"),
						LocalDate.parse("2032-05-31")),
				new Money(new BigDecimal("4500000"), "GBP"), List.of(supplierPartyIds),
				List.of(RelationalClause.VISION, RelationalClause.GUIDING_PRINCIPLES, RelationalClause.GOVERNANCE,
						RelationalClause.CHANGE_MECHANISM),
				at()));
	}

	public EventEnvelope instrument(String instrumentId, String... signatoryPartyIds) {
		return next(new AlignmentInstrumentAdopted(this.partnershipId, instrumentId, InstrumentType.PARTNERSHIP_CHARTER,
				List.of(signatoryPartyIds), LocalDate.parse("2025-06-01"), LocalDate.parse("2026-06-01"), false, at()));
	}

	public EventEnvelope vision(int version, String statement, String... agreedBy) {
		return next(new SharedVisionAgreed(this.partnershipId, version, statement, List.of(agreedBy), at()));
	}

	public EventEnvelope principles(int version, String... agreedBy) {
		return next(new GuidingPrinciplesAgreed(this.partnershipId, version,
				List.of(new GuidingPrinciple(PrincipleCode.HONESTY, "We share bad news early",
						List.of("Performance data shared monthly")),
						new GuidingPrinciple(PrincipleCode.RECIPROCITY, "Gains and losses are shared", List.of())),
				List.of(agreedBy), at()));
	}

	/**
	 * Governance with one body that may agree the given categories up to 10% value and 5%
	 * term change.
	 */
	public EventEnvelope governance(int version, String bodyId, String bodyName, List<AdaptationCategory> categories,
			String... agreedBy) {
		return next(new GovernanceArrangementsAgreed(this.partnershipId, version,
				List.of(new GovernanceBody(bodyId, bodyName, GovernanceTier.STRATEGIC, List.of(agreedBy), "Quarterly",
						"Agrees adaptations within its delegation")),
				List.of(new Delegation(bodyId, new BigDecimal("10"), new BigDecimal("5"), categories)),
				List.of(DisputeStep.JOINT_WORKING_GROUP, DisputeStep.SENIOR_LEADERS, DisputeStep.MEDIATION),
				List.of(agreedBy), at()));
	}

	public EventEnvelope measureDefined(String measureId, String name, String target) {
		return next(new OutcomeMeasureDefined(this.partnershipId, measureId, name, MeasureKind.OUTCOME, "people",
				new BigDecimal("100"), new BigDecimal(target), true, new Money(new BigDecimal("1200"), "GBP"), at()));
	}

	public EventEnvelope measureRevised(String measureId, String name, String target, String adaptationId) {
		return next(new OutcomeMeasureRevised(this.partnershipId, measureId, name, MeasureKind.OUTCOME, "people",
				new BigDecimal("100"), new BigDecimal(target), true, new Money(new BigDecimal("1200"), "GBP"),
				adaptationId, "The baseline was revised after the first year", at()));
	}

	/** The commissioner proposes to move to another payment mechanism. */
	public EventEnvelope mechanismChangeProposed(String adaptationId, PaymentMechanism mechanism) {
		return next(new AdaptationProposed(this.partnershipId, adaptationId, "party-0",
				AdaptationCategory.PAYMENT_MECHANISM_CHANGE, AdaptationFormality.FORMAL_VARIATION, "Pay for outcomes",
				"Pay for sustained tenancies", "The outcomes can now be measured", List.of(),
				new ExpectedImpact(BigDecimal.ZERO, BigDecimal.ZERO, "Same service", List.of()),
				List.of("party-0", "party-1"), List.of(), LocalDate.parse("2025-09-01"), false, mechanism, at()));
	}

	public EventEnvelope proposed(String adaptationId, String proposerPartyId, AdaptationCategory category,
			AdaptationFormality formality, String title, String valueChangePct, String... triggerRefs) {
		return next(
				new AdaptationProposed(this.partnershipId, adaptationId, proposerPartyId, category, formality, title,
						"Open the hub on Saturdays", "Demand peaks at weekends", List.of(triggerRefs),
						new ExpectedImpact(new BigDecimal(valueChangePct), BigDecimal.ZERO, "Saturday opening",
								List.of()),
						List.of(proposerPartyId), List.of(PrincipleCode.RECIPROCITY), LocalDate.parse("2025-09-01"),
						false, at()),
				actorOf(proposerPartyId));
	}

	public EventEnvelope adaptationAssessed(String adaptationId, String cumulativeValueChangePct) {
		return next(new AdaptationAssessed(this.partnershipId, adaptationId, LegalGround.LIGHT_TOUCH_FREE_MODIFICATION,
				new BigDecimal(cumulativeValueChangePct), BigDecimal.ZERO, ModificationRisk.LOW, false,
				"Within the light-touch regime", at()));
	}

	public EventEnvelope agreed(String adaptationId, String bodyId, int governanceVersion, String... approvers) {
		return next(new AdaptationAgreed(this.partnershipId, adaptationId, bodyId,
				List.of(approvers).stream().map((party) -> new Approval(party, "Agreed at the board")).toList(),
				List.of("Review after three months"), governanceVersion, null, at()));
	}

	public EventEnvelope rejected(String adaptationId, String reasons) {
		return next(new AdaptationRejected(this.partnershipId, adaptationId, reasons, at()));
	}

	public EventEnvelope withdrawn(String adaptationId, String proposerPartyId, String reason) {
		return next(new AdaptationWithdrawn(this.partnershipId, adaptationId, reason, at()), actorOf(proposerPartyId));
	}

	public EventEnvelope implemented(String adaptationId, String implementedOn) {
		return next(new AdaptationImplemented(this.partnershipId, adaptationId, LocalDate.parse(implementedOn),
				"Saturday opening began", at()));
	}

	public EventEnvelope evaluated(String adaptationId, AdaptationEffect effect) {
		return next(new AdaptationEffectEvaluated(this.partnershipId, adaptationId, effect,
				"Weekend contacts rose by a third", at()));
	}

	public EventEnvelope iterationStarted(String iterationId, String providerPartyId, String title,
			String adaptationId) {
		return next(new ProviderIterationStarted(this.partnershipId, iterationId, providerPartyId, title, HYPOTHESIS,
				"Text reminders the day before appointments", "Referrals from two wards", List.of(),
				LocalDate.parse("2025-07-01"), LocalDate.parse("2025-09-30"), adaptationId == null, adaptationId, at()),
				actorOf(providerPartyId));
	}

	public EventEnvelope iterationConcluded(String iterationId, String providerPartyId, String followUpAdaptationId) {
		return next(new ProviderIterationConcluded(this.partnershipId, iterationId, LocalDate.parse("2025-09-30"),
				List.of(EvidenceKind.QUANTITATIVE, EvidenceKind.USER_FEEDBACK), IterationResult.VALIDATED,
				IterationDecision.SCALE, "Reminders cut missed appointments by a fifth", followUpAdaptationId, at()),
				actorOf(providerPartyId));
	}

	public EventEnvelope iterationRecorded(String iterationId, String providerPartyId, String title) {
		return next(new ProviderIterationRecorded(this.partnershipId, iterationId, providerPartyId, title, HYPOTHESIS,
				"Peer mentors at the hub", "New arrivals", List.of(), LocalDate.parse("2025-03-01"),
				LocalDate.parse("2025-04-30"), true, null, LocalDate.parse("2025-04-30"),
				List.of(EvidenceKind.QUALITATIVE), IterationResult.INCONCLUSIVE, IterationDecision.ADAPT,
				"Too few people to tell", null, at()), actorOf(providerPartyId));
	}

	public EventEnvelope reviewScheduled(String reviewId, ReviewType type, String dueDate, int graceDays) {
		return next(new ReviewPointScheduled(this.partnershipId, reviewId, type, LocalDate.parse(dueDate), graceDays,
				null, List.of("Performance", "Relationship"), true, false, at()));
	}

	public EventEnvelope reviewRescheduled(String reviewId, String newDueDate, String reason) {
		return next(
				new ReviewPointRescheduled(this.partnershipId, reviewId, LocalDate.parse(newDueDate), reason, at()));
	}

	/**
	 * A review held with the parties' relational health ratings: each party one
	 * respondent who rates every item the same.
	 */
	public EventEnvelope reviewHeld(String reviewId, String heldOn, Map<String, Integer> ratingByParty) {
		List<PartyRatings> ratings = ratingByParty.entrySet().stream().map((entry) -> {
			Map<HealthItem, Integer> respondent = new EnumMap<>(HealthItem.class);
			for (HealthItem item : HealthItem.values()) {
				respondent.put(item, entry.getValue());
			}
			return new PartyRatings(entry.getKey(), List.of(respondent));
		}).toList();
		RelationalHealthCheck health = ratings.isEmpty() ? null
				: new RelationalHealthCheck(ratings, RelationalHealthRhc1.score(ratings, null));
		return next(new ReviewPointHeld(this.partnershipId, reviewId, LocalDate.parse(heldOn),
				List.copyOf(ratingByParty.keySet()), List.of("Keep Saturday opening"),
				List.of(new ReviewAction("Share the weekend data monthly", "party-1", null)),
				PerformanceRating.APPROACHING_TARGET, health, List.of(), at()));
	}

	public EventEnvelope minutesConfirmed(String reviewId, String partyId, String dissent) {
		return next(new ReviewMinutesConfirmed(this.partnershipId, reviewId, partyId, dissent, at()), actorOf(partyId));
	}

	public EventEnvelope reviewMissed(String reviewId, String dueDate, int graceDays) {
		Instant endOfGrace = LocalDate.parse(dueDate).plusDays(graceDays + 1).atStartOfDay().toInstant(ZoneOffset.UTC);
		return next(new ReviewPointMissed(this.partnershipId, reviewId, LocalDate.parse(dueDate), graceDays,
				endOfGrace.plusSeconds(3600), endOfGrace));
	}

	public EventEnvelope varied(String variationId, String adaptationId, String valueBefore, String valueAfter,
			String termEndBefore, String termEndAfter, String valueChangePct, String cumulativeValueChangePct,
			String cumulativeTermChangePct) {
		return next(new ContractVaried(this.partnershipId, variationId, "contract-1", adaptationId,
				AdaptationCategory.SCOPE_CHANGE, LegalGround.LIGHT_TOUCH_FREE_MODIFICATION, gbp(valueBefore),
				gbp(valueAfter), LocalDate.parse(termEndBefore), LocalDate.parse(termEndAfter),
				new BigDecimal(valueChangePct), BigDecimal.ZERO, new BigDecimal(cumulativeValueChangePct),
				new BigDecimal(cumulativeTermChangePct), LocalDate.parse("2025-10-01"), true, "UK10-0042",
				LocalDate.parse("2025-09-15"), false, null, at()));
	}

	public EventEnvelope extended(String previousEndDate, String newEndDate, String reason) {
		return next(new ContractExtended(this.partnershipId, "contract-1", LocalDate.parse(previousEndDate),
				LocalDate.parse(newEndDate), reason, null, at()));
	}

	public EventEnvelope terminated(TerminationReason reason, String on, String explanation) {
		return next(new ContractTerminated(this.partnershipId, "contract-1", reason, LocalDate.parse(on), explanation,
				at()));
	}

	public EventEnvelope instrumentEnded(String instrumentId, String on, String reason) {
		return next(new AlignmentInstrumentEnded(this.partnershipId, instrumentId, LocalDate.parse(on), reason, at()));
	}

	public EventEnvelope closed(String on, String summary, String... lessons) {
		return next(new PartnershipClosed(this.partnershipId, LocalDate.parse(on), summary, List.of(lessons), at()));
	}

	public EventEnvelope outcomeReported(String reportId, String providerPartyId, String measureId, String value) {
		return next(new OutcomeReported(this.partnershipId, reportId, providerPartyId, measureId, QUARTER,
				new BigDecimal(value), "People housed for six months", at()), actorOf(providerPartyId));
	}

	public EventEnvelope reportQueried(String reportId, String question) {
		return next(new OutcomeReportQueried(this.partnershipId, reportId, question, at()));
	}

	public EventEnvelope reportVerified(String reportId, String notes) {
		return next(new OutcomeReportVerified(this.partnershipId, reportId, notes, at()));
	}

	public EventEnvelope reportCorrected(String reportId, String correctsReportId, String providerPartyId,
			String measureId, String value, String reason) {
		return next(new OutcomeReportCorrected(this.partnershipId, reportId, correctsReportId, providerPartyId,
				measureId, QUARTER, new BigDecimal(value), reason, at()), actorOf(providerPartyId));
	}

	public EventEnvelope paymentScheduled(String paymentId, PaymentKind kind, String amount, String dueOn,
			String... reportIds) {
		return next(new PaymentScheduled(this.partnershipId, paymentId, kind, gbp(amount), LocalDate.parse(dueOn),
				List.of(reportIds), "Quarter one outcomes", null, at()));
	}

	/** A payment scheduled to the given supplier. */
	public EventEnvelope paymentScheduledTo(String paymentId, String payeePartyId, String amount, String dueOn) {
		return next(new PaymentScheduled(this.partnershipId, paymentId, PaymentKind.REGULAR, gbp(amount),
				LocalDate.parse(dueOn), List.of(), "Monthly", payeePartyId, at()));
	}

	public EventEnvelope paymentMade(String paymentId, String amount, String paidOn, String reference) {
		return next(
				new PaymentMade(this.partnershipId, paymentId, gbp(amount), LocalDate.parse(paidOn), reference, at()));
	}

	public EventEnvelope paymentAdjusted(String paymentId, String adjustmentId, PaymentAdjustmentKind kind,
			String amount, String reason) {
		return next(new PaymentAdjusted(this.partnershipId, paymentId, adjustmentId, kind, gbp(amount), reason, at()));
	}

	public EventEnvelope disputeRaised(String disputeId, String raisedByPartyId, String subject, String... partyIds) {
		return next(new DisputeRaised(this.partnershipId, disputeId, raisedByPartyId, List.of(partyIds), subject,
				"Data arrives weeks late", List.of(PrincipleCode.HONESTY), DisputeStep.JOINT_WORKING_GROUP, at()),
				actorOf(raisedByPartyId));
	}

	public EventEnvelope disputeEscalated(String disputeId, DisputeStep from, DisputeStep to, String reason) {
		return next(new DisputeEscalated(this.partnershipId, disputeId, from, to, 1, reason, null, at()));
	}

	public EventEnvelope disputeResolved(String disputeId, String resolution, String... agreedBy) {
		return next(new DisputeResolved(this.partnershipId, disputeId, List.of(agreedBy), resolution, at()));
	}

	public EventEnvelope noticeRecorded(String noticeId, TransparencyNoticeType type, String reference,
			String publishedOn, String relatesTo) {
		return next(new TransparencyNoticeRecorded(this.partnershipId, noticeId, type, reference,
				LocalDate.parse(publishedOn), relatesTo, at()));
	}

	public EventEnvelope findingRaised(String findingId, String scope, FindingSeverity severity, String finding) {
		return findingRaised(findingId, scope, severity, finding, List.of("event-1"));
	}

	public EventEnvelope findingRaised(String findingId, String scope, FindingSeverity severity, String finding,
			List<String> eventRefs) {
		return next(new AuditFindingRaised(this.partnershipId, findingId, scope, LocalDate.parse("2026-03-31"), finding,
				severity, "Record the notice before the change takes effect", eventRefs, at()), AUDITOR);
	}

	public EventEnvelope findingResponded(String findingId, String response, boolean accepted) {
		return next(new AuditFindingResponded(this.partnershipId, findingId, response, accepted, at()));
	}

	/**
	 * The commissioner (party-0) proposes a new version of the shared vision to the
	 * parties named (party-0 among them).
	 */
	public EventEnvelope visionProposed(String jointDecisionId, int version, String statement, String... binds) {
		SharedVisionAgreed vision = new SharedVisionAgreed(this.partnershipId, version, statement, List.of(binds),
				at());
		return next(new JointDecisionProposed(this.partnershipId, jointDecisionId, List.of(binds), "party-0", vision,
				null, null, null, null, null, vision.occurredAt()));
	}

	/** The commissioner (party-0) proposes that a body agrees an adaptation. */
	public EventEnvelope agreementProposed(String jointDecisionId, String adaptationId, String bodyId,
			int governanceVersion, String... binds) {
		AdaptationAgreed agreed = new AdaptationAgreed(this.partnershipId, adaptationId, bodyId,
				Stream.of(binds).map((partyId) -> new Approval(partyId, null)).toList(), List.of(), governanceVersion,
				null, at());
		return next(new JointDecisionProposed(this.partnershipId, jointDecisionId, List.of(binds), "party-0", null,
				null, null, null, agreed, null, agreed.occurredAt()));
	}

	/** A party's person confirms a joint decision for it. */
	public EventEnvelope jointConfirmed(String jointDecisionId, String partyId, String comment) {
		return next(new JointDecisionConfirmed(this.partnershipId, jointDecisionId, partyId, comment, at()),
				actorOf(partyId));
	}

	/** A party's person declines a joint decision for it. */
	public EventEnvelope jointDeclined(String jointDecisionId, String partyId, String reason) {
		return next(new JointDecisionDeclined(this.partnershipId, jointDecisionId, partyId, reason, at()),
				actorOf(partyId));
	}

	private static Money gbp(String amount) {
		return new Money(new BigDecimal(amount), "GBP");
	}

	private Instant at() {
		return START.plusSeconds(86_400 * (this.sequence + 1));
	}

	private static Actor actorOf(String partyId) {
		return "party-0".equals(partyId) ? COMMISSIONER
				: new Actor("provider", "Pat Provider", ActorRole.PROVIDER, partyId);
	}

	private EventEnvelope next(PartnershipEvent event) {
		return next(event, COMMISSIONER);
	}

	private EventEnvelope next(PartnershipEvent event, Actor actor) {
		this.sequence++;
		return EventEnvelope.of(event, UUID.randomUUID().toString(), this.sequence, 1000 + this.sequence,
				event.occurredAt().plusSeconds(60), actor, Authority.NONE, UUID.randomUUID().toString(),
				UUID.randomUUID().toString());
	}

}
