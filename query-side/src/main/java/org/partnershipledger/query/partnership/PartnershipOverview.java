package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The read model of one partnership: what the overview page and {@code GET
 * /api/v1/partnerships/{id}} show. It is built by a pure fold over the partnership's
 * envelopes ({@link #apply(EventEnvelope)}), so the same code serves the live projection,
 * rebuilds and views as of a past date.
 *
 * @param version the sequence number of the last event applied; -1 before the first
 * @param recommendedModel the model the latest assessment recommends
 * @param divergent whether the chosen model differs from the latest recommendation
 * @param divergentSince when the current divergence began (business time)
 * @param contract the concluded contract, {@code null} until then (never for alignment)
 * @param alignmentInstrument the adopted instrument of an alignment partnership
 * @param vision the current version of the shared vision; earlier ones in
 * {@code earlierVisions}, oldest first (likewise principles and governance)
 * @param adaptations every adaptation, in the order proposed
 * @param iterations every provider iteration, in the order recorded
 * @param evolution the periods against the recommendation, with the assessments and
 * choices that opened them
 * @param reviews every review point, in the order scheduled
 * @param contractNow the contract's value and end date now against the original deal
 * @param variations every contract variation, in the order made (likewise extensions)
 * @param termination how the contract ended; {@code instrumentEnding} likewise for an
 * alignment instrument; {@code closure} the partnership's closure
 * @param outcomeReports every outcome report, corrections included, in the order reported
 * @param payments every payment, in the order scheduled
 * @param disputes every dispute, in the order raised
 * @param notices every transparency notice, in the order recorded
 * @param auditFindings every audit finding, in the order raised
 */
public record PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
		LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
		PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
		PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
		ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
		Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
		GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
		List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance, List<OutcomeMeasure> measures,
		List<Adaptation> adaptations, List<Iteration> iterations, Evolution evolution, List<Review> reviews,
		ContractNow contractNow, List<ContractVariation> variations, List<ContractExtension> extensions,
		ContractTermination termination, InstrumentEnding instrumentEnding, Closure closure,
		List<OutcomeReport> outcomeReports, List<Payment> payments, List<Dispute> disputes,
		List<TransparencyNotice> notices, List<AuditFinding> auditFindings) {

	public PartnershipOverview {
		variations = copy(variations);
		extensions = copy(extensions);
		outcomeReports = copy(outcomeReports);
		payments = copy(payments);
		disputes = copy(disputes);
		notices = copy(notices);
		auditFindings = copy(auditFindings);
		evolution = (evolution == null) ? Evolution.EMPTY : evolution;
		reviews = copy(reviews);
		parties = copy(parties);
		assessments = copy(assessments);
		earlierVisions = copy(earlierVisions);
		earlierPrinciples = copy(earlierPrinciples);
		earlierGovernance = copy(earlierGovernance);
		measures = copy(measures);
		adaptations = copy(adaptations);
		iterations = copy(iterations);
	}

	/**
	 * An overview before contract changes, exit and accountability (built by hand in
	 * tests).
	 */
	public PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations,
			Evolution evolution, List<Review> reviews) {
		this(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, evolution, reviews,
				(contract != null) ? ContractNow.of(contract) : null, List.of(), List.of(), null, null, null, List.of(),
				List.of(), List.of(), List.of(), List.of());
	}

	/** An overview without review points (built by hand in tests). */
	public PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations,
			Evolution evolution) {
		this(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, evolution, List.of());
	}

	/**
	 * An overview of the relational life without its evolution (built by hand in tests).
	 */
	public PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt, Contract contract, AlignmentInstrument alignmentInstrument, SharedVision vision,
			GuidingPrinciples principles, Governance governance, List<SharedVision> earlierVisions,
			List<GuidingPrinciples> earlierPrinciples, List<Governance> earlierGovernance,
			List<OutcomeMeasure> measures, List<Adaptation> adaptations, List<Iteration> iterations) {
		this(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, contract,
				alignmentInstrument, vision, principles, governance, earlierVisions, earlierPrinciples,
				earlierGovernance, measures, adaptations, iterations, Evolution.EMPTY, List.of());
	}

	/** An overview of the first slice: registered, parties, assessments, model choice. */
	public PartnershipOverview(String partnershipId, String title, String description, String serviceArea,
			LegalRegime legalRegime, Period plannedPeriod, Money estimatedValue, PartnershipStatus status, long version,
			PartyRef commissioningParty, List<Party> parties, Assessment latestAssessment, List<Assessment> assessments,
			PartnershipModel recommendedModel, PartnershipModel chosenModel, PaymentMechanism paymentMechanism,
			ModelChoice latestChoice, boolean divergent, Instant divergentSince, Instant registeredAt,
			Instant lastRecordedAt) {
		this(partnershipId, title, description, serviceArea, legalRegime, plannedPeriod, estimatedValue, status,
				version, commissioningParty, parties, latestAssessment, assessments, recommendedModel, chosenModel,
				paymentMechanism, latestChoice, divergent, divergentSince, registeredAt, lastRecordedAt, null, null,
				null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Evolution.EMPTY,
				List.of());
	}

	/** The state before any event. */
	public static PartnershipOverview empty() {
		return new PartnershipOverview(null, null, null, null, null, null, null, null, -1, null, List.of(), null,
				List.of(), null, null, null, null, false, null, null, null);
	}

	/** Whether any event has been applied. */
	public boolean exists() {
		return this.version >= 0;
	}

	/**
	 * The party whose organisation has this identifier, if it is or was a party (see
	 * {@link Party#hasLeft()}).
	 */
	public Optional<Party> partyOf(OrganisationIdentifier identifier) {
		return this.parties.stream().filter((party) -> party.identifier().equals(identifier)).findFirst();
	}

	/** The party with this id, if it is or was a party. */
	public Optional<Party> party(String partyId) {
		return this.parties.stream().filter((party) -> party.partyId().equals(partyId)).findFirst();
	}

	/** The parties that have not left. */
	public List<Party> currentParties() {
		return this.parties.stream().filter((party) -> !party.hasLeft()).toList();
	}

	public Optional<Adaptation> adaptation(String adaptationId) {
		return this.adaptations.stream()
			.filter((adaptation) -> adaptation.adaptationId().equals(adaptationId))
			.findFirst();
	}

	/**
	 * The adaptations still to be decided or implemented (PROPOSED, ASSESSED, AGREED).
	 */
	public List<Adaptation> openAdaptations() {
		return this.adaptations.stream().filter(Adaptation::open).toList();
	}

	public Optional<Iteration> iteration(String iterationId) {
		return this.iterations.stream().filter((iteration) -> iteration.iterationId().equals(iterationId)).findFirst();
	}

	/** The latest iterations, most recently started first. */
	public List<Iteration> recentIterations(int limit) {
		List<Iteration> latestFirst = new ArrayList<>(this.iterations);
		Collections.reverse(latestFirst);
		latestFirst.sort(Comparator.comparing(Iteration::startedOn, Comparator.nullsLast(Comparator.reverseOrder())));
		return latestFirst.stream().limit(limit).toList();
	}

	public Optional<Review> review(String reviewId) {
		return this.reviews.stream().filter((review) -> review.reviewId().equals(reviewId)).findFirst();
	}

	/** The reviews still scheduled (overdue ones too), soonest due first. */
	public List<Review> scheduledReviews() {
		return this.reviews.stream()
			.filter((review) -> review.status() == ReviewStatus.SCHEDULED)
			.sorted(Comparator.comparing(Review::dueDate, Comparator.nullsLast(Comparator.naturalOrder())))
			.toList();
	}

	/** The held and missed reviews, the latest due first. */
	public List<Review> pastReviews() {
		return this.reviews.stream()
			.filter((review) -> review.status() != ReviewStatus.SCHEDULED)
			.sorted(Comparator.comparing(Review::dueDate, Comparator.nullsLast(Comparator.reverseOrder())))
			.toList();
	}

	/**
	 * The earliest due date of the reviews still scheduled (which is in the past when one
	 * is overdue), {@code null} when none is.
	 */
	public LocalDate nextReviewDue() {
		return scheduledReviews().stream().map(Review::dueDate).findFirst().orElse(null);
	}

	/** The reviews overdue on {@code today}, the longest overdue first. */
	public List<Review> reviewsOverdueOn(LocalDate today) {
		return scheduledReviews().stream().filter((review) -> review.overdueOn(today)).toList();
	}

	/**
	 * The held reviews with a relational health check result, in the order held: the
	 * health trend.
	 */
	public List<Review> heldHealthChecks() {
		return this.reviews.stream()
			.filter((review) -> review.status() == ReviewStatus.HELD && review.relationalHealth() != null
					&& review.heldOn() != null)
			.sorted(Comparator.comparing(Review::heldOn))
			.toList();
	}

	/** How many reviews are overdue on {@code today} (see {@link Review#overdueOn}). */
	public int overdueReviewsOn(LocalDate today) {
		return (int) this.reviews.stream().filter((review) -> review.overdueOn(today)).count();
	}

	/**
	 * The iteration log, in the order recorded: each iteration (hypothesis, evidence,
	 * result, decision) with the adaptations it is linked to: the one it runs under, its
	 * follow-up, and those that name it among their triggers.
	 */
	public List<IterationLogEntry> iterationLog() {
		return this.iterations.stream().map(this::logEntry).toList();
	}

	private IterationLogEntry logEntry(Iteration iteration) {
		List<LinkedAdaptation> linked = new ArrayList<>();
		if (iteration.adaptationId() != null) {
			adaptation(iteration.adaptationId())
				.ifPresent((found) -> linked.add(LinkedAdaptation.of(found, LinkedAdaptation.Link.RUNS_UNDER)));
		}
		if (iteration.conclusion() != null && iteration.conclusion().followUpAdaptationId() != null) {
			adaptation(iteration.conclusion().followUpAdaptationId())
				.ifPresent((found) -> linked.add(LinkedAdaptation.of(found, LinkedAdaptation.Link.FOLLOW_UP)));
		}
		for (Adaptation adaptation : this.adaptations) {
			if (adaptation.triggeredBy(iteration.iterationId())
					&& linked.stream().noneMatch((link) -> link.adaptationId().equals(adaptation.adaptationId()))) {
				linked.add(LinkedAdaptation.of(adaptation, LinkedAdaptation.Link.TRIGGERED));
			}
		}
		return new IterationLogEntry(iteration, linked);
	}

	public Optional<OutcomeReport> outcomeReport(String reportId) {
		return this.outcomeReports.stream().filter((report) -> report.reportId().equals(reportId)).findFirst();
	}

	public Optional<Payment> payment(String paymentId) {
		return this.payments.stream().filter((payment) -> payment.paymentId().equals(paymentId)).findFirst();
	}

	public Optional<Dispute> dispute(String disputeId) {
		return this.disputes.stream().filter((dispute) -> dispute.disputeId().equals(disputeId)).findFirst();
	}

	/** The disputes not yet resolved, in the order raised. */
	public List<Dispute> openDisputes() {
		return this.disputes.stream().filter((dispute) -> !dispute.resolved()).toList();
	}

	/** Whether the partnership is exiting or closed: the overview says so first. */
	public boolean ending() {
		return this.status == PartnershipStatus.EXITING || this.status == PartnershipStatus.CLOSED;
	}

	/**
	 * The overview after one more event. Pure: the receiver is unchanged.
	 * @throws IllegalArgumentException if the envelope belongs to another partnership, or
	 * its payload cannot be read, or it names an adaptation, iteration, measure or review
	 * the partnership does not have
	 */
	public PartnershipOverview apply(EventEnvelope envelope) {
		if (this.partnershipId != null && !this.partnershipId.equals(envelope.partnershipId())) {
			throw new IllegalArgumentException("Event of partnership " + envelope.partnershipId()
					+ " applied to the overview of " + this.partnershipId);
		}
		PartnershipEvent event = envelope.event();
		if (this.partnershipId == null && !(event instanceof PartnershipRegistered)) {
			throw new IllegalArgumentException("The first event of partnership " + envelope.partnershipId()
					+ " must be PartnershipRegistered, not " + envelope.type());
		}
		Draft next = new Draft(this);
		new OverviewFold(next, envelope).apply(event);
		next.version = envelope.sequenceNumber();
		next.lastRecordedAt = envelope.recordedAt();
		next.divergenceAt(event.occurredAt());
		return next.build();
	}

	/**
	 * The overview after these envelopes, applied in the order given to the empty state:
	 * what rebuilds and views as of a date compute, by the same {@link #apply} the live
	 * projection calls one envelope at a time.
	 */
	public static PartnershipOverview fold(List<EventEnvelope> envelopes) {
		PartnershipOverview overview = empty();
		for (EventEnvelope envelope : envelopes) {
			overview = overview.apply(envelope);
		}
		return overview;
	}

	private static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

	/**
	 * A mutable copy of an overview that one event changes before it is built into the
	 * next overview; it never escapes {@link #apply(EventEnvelope)}.
	 */
	static final class Draft {

		String partnershipId;

		String title;

		String description;

		String serviceArea;

		LegalRegime legalRegime;

		Period plannedPeriod;

		Money estimatedValue;

		PartnershipStatus status;

		long version;

		PartyRef commissioningParty;

		List<Party> parties;

		Assessment latestAssessment;

		List<Assessment> assessments;

		PartnershipModel recommendedModel;

		PartnershipModel chosenModel;

		PaymentMechanism paymentMechanism;

		ModelChoice latestChoice;

		boolean divergent;

		Instant divergentSince;

		Instant registeredAt;

		Instant lastRecordedAt;

		Contract contract;

		AlignmentInstrument alignmentInstrument;

		SharedVision vision;

		GuidingPrinciples principles;

		Governance governance;

		List<SharedVision> earlierVisions;

		List<GuidingPrinciples> earlierPrinciples;

		List<Governance> earlierGovernance;

		List<OutcomeMeasure> measures;

		List<Adaptation> adaptations;

		List<Iteration> iterations;

		Evolution evolution;

		List<Review> reviews;

		ContractNow contractNow;

		List<ContractVariation> variations;

		List<ContractExtension> extensions;

		ContractTermination termination;

		InstrumentEnding instrumentEnding;

		Closure closure;

		List<OutcomeReport> outcomeReports;

		List<Payment> payments;

		List<Dispute> disputes;

		List<TransparencyNotice> notices;

		List<AuditFinding> auditFindings;

		Draft(PartnershipOverview from) {
			this.partnershipId = from.partnershipId;
			this.title = from.title;
			this.description = from.description;
			this.serviceArea = from.serviceArea;
			this.legalRegime = from.legalRegime;
			this.plannedPeriod = from.plannedPeriod;
			this.estimatedValue = from.estimatedValue;
			this.status = from.status;
			this.version = from.version;
			this.commissioningParty = from.commissioningParty;
			this.parties = new ArrayList<>(from.parties);
			this.latestAssessment = from.latestAssessment;
			this.assessments = new ArrayList<>(from.assessments);
			this.recommendedModel = from.recommendedModel;
			this.chosenModel = from.chosenModel;
			this.paymentMechanism = from.paymentMechanism;
			this.latestChoice = from.latestChoice;
			this.divergent = from.divergent;
			this.divergentSince = from.divergentSince;
			this.registeredAt = from.registeredAt;
			this.lastRecordedAt = from.lastRecordedAt;
			this.contract = from.contract;
			this.alignmentInstrument = from.alignmentInstrument;
			this.vision = from.vision;
			this.principles = from.principles;
			this.governance = from.governance;
			this.earlierVisions = new ArrayList<>(from.earlierVisions);
			this.earlierPrinciples = new ArrayList<>(from.earlierPrinciples);
			this.earlierGovernance = new ArrayList<>(from.earlierGovernance);
			this.measures = new ArrayList<>(from.measures);
			this.adaptations = new ArrayList<>(from.adaptations);
			this.iterations = new ArrayList<>(from.iterations);
			this.evolution = from.evolution;
			this.reviews = new ArrayList<>(from.reviews);
			this.contractNow = from.contractNow;
			this.variations = new ArrayList<>(from.variations);
			this.extensions = new ArrayList<>(from.extensions);
			this.termination = from.termination;
			this.instrumentEnding = from.instrumentEnding;
			this.closure = from.closure;
			this.outcomeReports = new ArrayList<>(from.outcomeReports);
			this.payments = new ArrayList<>(from.payments);
			this.disputes = new ArrayList<>(from.disputes);
			this.notices = new ArrayList<>(from.notices);
			this.auditFindings = new ArrayList<>(from.auditFindings);
		}

		/** Moves the status forward, never back. */
		void reach(PartnershipStatus next) {
			this.status = (this.status == null) ? next : this.status.atLeast(next);
		}

		String partyName(String partyId) {
			return this.parties.stream()
				.filter((party) -> party.partyId().equals(partyId))
				.map(Party::name)
				.findFirst()
				.orElse(null);
		}

		void changeParty(String partyId, UnaryOperator<Party> change) {
			int index = indexOf(this.parties, (party) -> party.partyId().equals(partyId), "party", partyId);
			this.parties.set(index, change.apply(this.parties.get(index)));
		}

		void changeAdaptation(String adaptationId, UnaryOperator<Adaptation> change) {
			int index = indexOf(this.adaptations, (adaptation) -> adaptation.adaptationId().equals(adaptationId),
					"adaptation", adaptationId);
			this.adaptations.set(index, change.apply(this.adaptations.get(index)));
		}

		void changeIteration(String iterationId, UnaryOperator<Iteration> change) {
			int index = indexOf(this.iterations, (iteration) -> iteration.iterationId().equals(iterationId),
					"iteration", iterationId);
			this.iterations.set(index, change.apply(this.iterations.get(index)));
		}

		void changeReview(String reviewId, UnaryOperator<Review> change) {
			int index = indexOf(this.reviews, (review) -> review.reviewId().equals(reviewId), "review", reviewId);
			this.reviews.set(index, change.apply(this.reviews.get(index)));
		}

		void changeReport(String reportId, UnaryOperator<OutcomeReport> change) {
			int index = indexOf(this.outcomeReports, (report) -> report.reportId().equals(reportId), "outcome report",
					reportId);
			this.outcomeReports.set(index, change.apply(this.outcomeReports.get(index)));
		}

		void changePayment(String paymentId, UnaryOperator<Payment> change) {
			int index = indexOf(this.payments, (payment) -> payment.paymentId().equals(paymentId), "payment",
					paymentId);
			this.payments.set(index, change.apply(this.payments.get(index)));
		}

		void changeDispute(String disputeId, UnaryOperator<Dispute> change) {
			int index = indexOf(this.disputes, (dispute) -> dispute.disputeId().equals(disputeId), "dispute",
					disputeId);
			this.disputes.set(index, change.apply(this.disputes.get(index)));
		}

		void changeFinding(String findingId, UnaryOperator<AuditFinding> change) {
			int index = indexOf(this.auditFindings, (finding) -> finding.findingId().equals(findingId), "audit finding",
					findingId);
			this.auditFindings.set(index, change.apply(this.auditFindings.get(index)));
		}

		String measureName(String measureId) {
			return this.measures.stream()
				.filter((measure) -> measure.measureId().equals(measureId))
				.map(OutcomeMeasure::name)
				.findFirst()
				.orElse(null);
		}

		void changeMeasure(String measureId, UnaryOperator<OutcomeMeasure> change) {
			int index = indexOf(this.measures, (measure) -> measure.measureId().equals(measureId), "measure",
					measureId);
			this.measures.set(index, change.apply(this.measures.get(index)));
		}

		/**
		 * The name of a body in the governance version that was in force for a decision.
		 */
		String bodyName(int governanceVersion, String bodyId) {
			List<Governance> all = new ArrayList<>(this.earlierGovernance);
			if (this.governance != null) {
				all.add(this.governance);
			}
			return all.stream()
				.filter((candidate) -> candidate.version() == governanceVersion)
				.flatMap((candidate) -> candidate.body(bodyId).stream())
				.map((body) -> body.name())
				.findFirst()
				.orElse(null);
		}

		/**
		 * Divergent while the latest recommendation differs from the chosen model; the
		 * divergence keeps the date it began until it ends.
		 */
		void divergenceAt(Instant occurredAt) {
			boolean nowDivergent = this.chosenModel != null && this.recommendedModel != null
					&& this.chosenModel != this.recommendedModel;
			this.divergentSince = nowDivergent ? (this.divergent ? this.divergentSince : occurredAt) : null;
			this.divergent = nowDivergent;
		}

		PartnershipOverview build() {
			return new PartnershipOverview(this.partnershipId, this.title, this.description, this.serviceArea,
					this.legalRegime, this.plannedPeriod, this.estimatedValue, this.status, this.version,
					this.commissioningParty, this.parties, this.latestAssessment, this.assessments,
					this.recommendedModel, this.chosenModel, this.paymentMechanism, this.latestChoice, this.divergent,
					this.divergentSince, this.registeredAt, this.lastRecordedAt, this.contract,
					this.alignmentInstrument, this.vision, this.principles, this.governance, this.earlierVisions,
					this.earlierPrinciples, this.earlierGovernance, this.measures, this.adaptations, this.iterations,
					this.evolution, this.reviews, this.contractNow, this.variations, this.extensions, this.termination,
					this.instrumentEnding, this.closure, this.outcomeReports, this.payments, this.disputes,
					this.notices, this.auditFindings);
		}

		private static <T> int indexOf(List<T> list, Predicate<T> matches, String kind, String id) {
			for (int i = 0; i < list.size(); i++) {
				if (matches.test(list.get(i))) {
					return i;
				}
			}
			throw new IllegalArgumentException("The partnership has no " + kind + " " + id);
		}

	}

}
