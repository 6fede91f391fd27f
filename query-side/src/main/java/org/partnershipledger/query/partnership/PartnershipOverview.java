package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.OrganisationIdentifier;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.JointBinding;
import org.partnershipledger.events.relational.JointBinding.Member;
import org.partnershipledger.events.relational.ReviewStatus;
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
 * @param totals how many items of each growing kind the partnership has, by field name
 * ({@code adaptations}, {@code reviews} …); an overview read from the store shows a
 * bounded window of each (see {@link Window})
 * @param reassessmentTriggers what the events since the latest assessment do to make a
 * reassessment due, worked out when they were applied (see {@link ReassessmentRule})
 * @param pendingDecisions the joint decisions proposed and waiting for confirmation, in
 * the order proposed
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
		List<TransparencyNotice> notices, List<AuditFinding> auditFindings, Map<String, Integer> totals,
		List<ReassessmentReason> reassessmentTriggers, List<JointDecision> pendingDecisions) {

	public PartnershipOverview {
		pendingDecisions = copy(pendingDecisions);
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
		totals = (totals == null) ? Map.of() : Map.copyOf(totals);
		reassessmentTriggers = copy(reassessmentTriggers);
	}

	/** The state before any event. */
	public static PartnershipOverview empty() {
		return OverviewState.empty().toOverview();
	}

	/**
	 * The overview a stored one and its items stand for.
	 * @param items the items of each kind to show, in the order they came
	 */
	static PartnershipOverview of(StoredOverview s, Map<ItemKind, List<?>> items) {
		Map<String, Integer> totals = new LinkedHashMap<>();
		s.totals().forEach((kind, total) -> totals.put(kind.field(), total));
		return new PartnershipOverview(s.partnershipId(), s.title(), s.description(), s.serviceArea(), s.legalRegime(),
				s.plannedPeriod(), s.estimatedValue(), s.status(), s.version(), s.commissioningParty(), s.parties(),
				s.latestAssessment(), list(items, ItemKind.ASSESSMENT), s.recommendedModel(), s.chosenModel(),
				s.paymentMechanism(), s.latestChoice(), s.divergent(), s.divergentSince(), s.registeredAt(),
				s.lastRecordedAt(), s.contract(), s.alignmentInstrument(), s.vision(), s.principles(), s.governance(),
				s.earlierVisions(), s.earlierPrinciples(), s.earlierGovernance(), s.measures(),
				list(items, ItemKind.ADAPTATION), list(items, ItemKind.ITERATION), s.evolution(),
				list(items, ItemKind.REVIEW), s.contractNow(), list(items, ItemKind.VARIATION),
				list(items, ItemKind.EXTENSION), s.termination(), s.instrumentEnding(), s.closure(),
				list(items, ItemKind.OUTCOME_REPORT), list(items, ItemKind.PAYMENT), list(items, ItemKind.DISPUTE),
				list(items, ItemKind.NOTICE), list(items, ItemKind.AUDIT_FINDING), totals, s.reassessmentTriggers(),
				s.pendingDecisions());
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> list(Map<ItemKind, List<?>> items, ItemKind kind) {
		return (List<T>) items.getOrDefault(kind, List.of());
	}

	/** The overview's items of one kind, as shown. */
	public List<?> items(ItemKind kind) {
		return switch (kind) {
			case ASSESSMENT -> this.assessments;
			case ADAPTATION -> this.adaptations;
			case ITERATION -> this.iterations;
			case REVIEW -> this.reviews;
			case VARIATION -> this.variations;
			case EXTENSION -> this.extensions;
			case OUTCOME_REPORT -> this.outcomeReports;
			case PAYMENT -> this.payments;
			case DISPUTE -> this.disputes;
			case NOTICE -> this.notices;
			case AUDIT_FINDING -> this.auditFindings;
		};
	}

	/**
	 * How many items of a kind the partnership has, shown or not; the number shown when
	 * the overview does not say.
	 */
	public int total(ItemKind kind) {
		return this.totals.getOrDefault(kind.field(), items(kind).size());
	}

	/** What would be stored of this overview beside its items. */
	public StoredOverview stored() {
		Map<ItemKind, Integer> counts = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			counts.put(kind, total(kind));
		}
		return new StoredOverview(this.partnershipId, this.title, this.description, this.serviceArea, this.legalRegime,
				this.plannedPeriod, this.estimatedValue, this.status, this.version, this.commissioningParty,
				this.parties, this.latestAssessment, this.recommendedModel, this.chosenModel, this.paymentMechanism,
				this.latestChoice, this.divergent, this.divergentSince, this.registeredAt, this.lastRecordedAt,
				this.contract, this.alignmentInstrument, this.vision, this.principles, this.governance,
				this.earlierVisions, this.earlierPrinciples, this.earlierGovernance, this.measures, this.evolution,
				this.contractNow, this.termination, this.instrumentEnding, this.closure, counts, scheduledReviews(),
				heldHealthChecks().stream().reduce(null, LatestHealth::later, (a, b) -> b), this.reassessmentTriggers,
				null, this.pendingDecisions);
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

	/**
	 * The current parties an agreement of an adaptation of this category would bind, as
	 * the command side decides it ({@link JointBinding}).
	 */
	public List<String> bindsForAdaptation(AdaptationCategory category) {
		return JointBinding.forAdaptation(category, bindingMembers());
	}

	/**
	 * The current parties a vision, principles, governance or alignment instrument would
	 * bind: every one but those that only evaluate.
	 */
	public List<String> bindsEveryPartyButEvaluators() {
		return JointBinding.everyPartyButEvaluators(bindingMembers());
	}

	private List<Member> bindingMembers() {
		List<String> suppliers = (this.contract != null) ? this.contract.supplierPartyIds() : List.of();
		return currentParties().stream()
			.map((party) -> new Member(party.partyId(), party.roles(), suppliers.contains(party.partyId())))
			.toList();
	}

	/**
	 * The name of a governance body in the version that has it; its id when none has it.
	 */
	public String bodyName(int governanceVersion, String bodyId) {
		String name = Governance.bodyName(this.earlierGovernance, this.governance, governanceVersion, bodyId);
		return (name != null) ? name : bodyId;
	}

	/** The joint decisions waiting for this party's confirmation. */
	public List<JointDecision> decisionsAwaiting(String partyId) {
		return this.pendingDecisions.stream().filter((decision) -> decision.awaits(partyId)).toList();
	}

	/** The joint decision waiting for confirmation with this id, if there is one. */
	public Optional<JointDecision> pendingDecision(String jointDecisionId) {
		return this.pendingDecisions.stream()
			.filter((decision) -> decision.jointDecisionId().equals(jointDecisionId))
			.findFirst();
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
		return this.iterations.stream().map((iteration) -> IterationLogEntry.of(iteration, this.adaptations)).toList();
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
	 * The overview after one more event. Pure: the receiver, which must hold every item,
	 * is unchanged.
	 * @throws IllegalArgumentException if the envelope belongs to another partnership, or
	 * its payload cannot be read, or it names an adaptation, iteration, measure or review
	 * the partnership does not have
	 */
	public PartnershipOverview apply(EventEnvelope envelope) {
		return OverviewState.of(this).apply(envelope).toOverview();
	}

	/**
	 * The overview after these envelopes, applied in the order given to the empty state,
	 * by the same fold the live projection applies one envelope at a time.
	 */
	public static PartnershipOverview fold(List<EventEnvelope> envelopes) {
		OverviewState state = OverviewState.empty();
		envelopes.forEach(state::apply);
		return state.toOverview();
	}

	private static <T> List<T> copy(List<T> list) {
		return (list == null) ? List.of() : List.copyOf(list);
	}

}
