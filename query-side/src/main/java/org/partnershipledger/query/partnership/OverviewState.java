package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PartnershipRegistered;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The fold's state: one partnership as its events so far made it, changed in place by
 * each next event ({@link #apply(EventEnvelope)}), so that an event costs the same
 * however long the partnership's history is. The live projection, the rebuild and the
 * views as of a date all fold with it. What it holds is stored as a
 * {@link StoredOverview} and a row per item, and shown as a {@link PartnershipOverview}.
 */
public final class OverviewState {

	String partnershipId;

	String title;

	String description;

	String serviceArea;

	LegalRegime legalRegime;

	Period plannedPeriod;

	Money estimatedValue;

	PartnershipStatus status;

	long version = -1;

	PartyRef commissioningParty;

	final Items<Party> parties = new Items<>("party", Party::partyId);

	Assessment latestAssessment;

	PartnershipModel recommendedModel;

	PartnershipModel chosenModel;

	PaymentMechanism paymentMechanism;

	ModelChoice latestChoice;

	boolean divergent;

	Instant divergentSince;

	Instant registeredAt;

	Instant lastRecordedAt;

	Instant latestOccurredAt;

	Contract contract;

	AlignmentInstrument alignmentInstrument;

	SharedVision vision;

	GuidingPrinciples principles;

	Governance governance;

	final List<SharedVision> earlierVisions = new ArrayList<>();

	final List<GuidingPrinciples> earlierPrinciples = new ArrayList<>();

	final List<Governance> earlierGovernance = new ArrayList<>();

	final Items<OutcomeMeasure> measures = new Items<>("measure", OutcomeMeasure::measureId);

	Evolution evolution = Evolution.EMPTY;

	ContractNow contractNow;

	ContractTermination termination;

	InstrumentEnding instrumentEnding;

	Closure closure;

	LatestHealth latestHealthCheck;

	List<ReassessmentReason> reassessmentTriggers = List.of();

	final List<JointDecision> pendingDecisions = new ArrayList<>();

	final Items<Assessment> assessments = newItems(ItemKind.ASSESSMENT);

	final Items<Adaptation> adaptations = newItems(ItemKind.ADAPTATION);

	final Items<Iteration> iterations = newItems(ItemKind.ITERATION);

	final Items<Review> reviews = newItems(ItemKind.REVIEW);

	final Items<ContractVariation> variations = newItems(ItemKind.VARIATION);

	final Items<ContractExtension> extensions = newItems(ItemKind.EXTENSION);

	final Items<OutcomeReport> outcomeReports = newItems(ItemKind.OUTCOME_REPORT);

	final Items<Payment> payments = newItems(ItemKind.PAYMENT);

	final Items<Dispute> disputes = newItems(ItemKind.DISPUTE);

	final Items<TransparencyNotice> notices = newItems(ItemKind.NOTICE);

	final Items<AuditFinding> auditFindings = newItems(ItemKind.AUDIT_FINDING);

	private OverviewState() {
	}

	/** The state before any event. */
	public static OverviewState empty() {
		return new OverviewState();
	}

	/**
	 * The state a stored overview and its items stand for, as if folded; nothing counts
	 * as changed yet.
	 * @param items every stored item of each kind, in the order they came
	 */
	public static OverviewState restore(StoredOverview stored, Map<ItemKind, List<?>> items) {
		OverviewState state = new OverviewState();
		state.partnershipId = stored.partnershipId();
		state.title = stored.title();
		state.description = stored.description();
		state.serviceArea = stored.serviceArea();
		state.legalRegime = stored.legalRegime();
		state.plannedPeriod = stored.plannedPeriod();
		state.estimatedValue = stored.estimatedValue();
		state.status = stored.status();
		state.version = stored.version();
		state.commissioningParty = stored.commissioningParty();
		stored.parties().forEach(state.parties::add);
		state.latestAssessment = stored.latestAssessment();
		state.recommendedModel = stored.recommendedModel();
		state.chosenModel = stored.chosenModel();
		state.paymentMechanism = stored.paymentMechanism();
		state.latestChoice = stored.latestChoice();
		state.divergent = stored.divergent();
		state.divergentSince = stored.divergentSince();
		state.registeredAt = stored.registeredAt();
		state.lastRecordedAt = stored.lastRecordedAt();
		state.latestOccurredAt = stored.latestOccurredAt();
		state.contract = stored.contract();
		state.alignmentInstrument = stored.alignmentInstrument();
		state.vision = stored.vision();
		state.principles = stored.principles();
		state.governance = stored.governance();
		state.earlierVisions.addAll(stored.earlierVisions());
		state.earlierPrinciples.addAll(stored.earlierPrinciples());
		state.earlierGovernance.addAll(stored.earlierGovernance());
		stored.measures().forEach(state.measures::add);
		state.evolution = stored.evolution();
		state.contractNow = stored.contractNow();
		state.termination = stored.termination();
		state.instrumentEnding = stored.instrumentEnding();
		state.closure = stored.closure();
		state.latestHealthCheck = stored.latestHealthCheck();
		state.reassessmentTriggers = stored.reassessmentTriggers();
		state.pendingDecisions.addAll(stored.pendingDecisions());
		for (ItemKind kind : ItemKind.values()) {
			List<?> stand = items.getOrDefault(kind, List.of());
			state.restoreItems(kind, stand);
		}
		state.forgetChanges();
		return state;
	}

	@SuppressWarnings("unchecked")
	private <T> void restoreItems(ItemKind kind, List<?> stored) {
		Items<T> items = (Items<T>) items(kind);
		stored.forEach((item) -> items.add((T) item));
	}

	/** The state a whole overview stands for, such as one built by hand in a test. */
	public static OverviewState of(PartnershipOverview overview) {
		Map<ItemKind, List<?>> items = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			items.put(kind, overview.items(kind));
		}
		return restore(overview.stored(), items);
	}

	/**
	 * Applies the next event of the partnership, in place.
	 * @return this state
	 * @throws IllegalArgumentException if the envelope belongs to another partnership, or
	 * its payload cannot be read, or it names an adaptation, iteration, measure or review
	 * the partnership does not have (the state may then be half-changed: throw it away)
	 */
	public OverviewState apply(EventEnvelope envelope) {
		if (this.partnershipId != null && !this.partnershipId.equals(envelope.partnershipId())) {
			throw new IllegalArgumentException("Event of partnership " + envelope.partnershipId()
					+ " applied to the overview of " + this.partnershipId);
		}
		PartnershipEvent event = envelope.event();
		if (this.partnershipId == null && !(event instanceof PartnershipRegistered)) {
			throw new IllegalArgumentException("The first event of partnership " + envelope.partnershipId()
					+ " must be PartnershipRegistered, not " + envelope.type());
		}
		new OverviewFold(this, envelope).apply(event);
		if (ReassessmentRule.changedBy(event)) {
			this.reassessmentTriggers = ReassessmentRule.triggers(this);
		}
		this.version = envelope.sequenceNumber();
		this.lastRecordedAt = envelope.recordedAt();
		if (this.latestOccurredAt == null || envelope.occurredAt().isAfter(this.latestOccurredAt)) {
			this.latestOccurredAt = envelope.occurredAt();
		}
		divergenceAt(event.occurredAt());
		return this;
	}

	/** Whether any event has been applied. */
	public boolean exists() {
		return this.version >= 0;
	}

	public String partnershipId() {
		return this.partnershipId;
	}

	/** The sequence number of the last event applied; -1 before the first. */
	public long version() {
		return this.version;
	}

	/** The overview with every item. */
	public PartnershipOverview toOverview() {
		return overview(false);
	}

	/** The overview with a bounded window of each kind of item (see {@link Window}). */
	public PartnershipOverview toWindowedOverview() {
		return overview(true);
	}

	private PartnershipOverview overview(boolean windowed) {
		Map<ItemKind, List<?>> shown = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			List<?> all = items(kind).values();
			shown.put(kind, windowed ? Window.of(all, kind) : List.copyOf(all));
		}
		return PartnershipOverview.of(stored(), shown);
	}

	/** What is stored of the state beside its items. */
	public StoredOverview stored() {
		Map<ItemKind, Integer> totals = new EnumMap<>(ItemKind.class);
		for (ItemKind kind : ItemKind.values()) {
			totals.put(kind, items(kind).size());
		}
		return new StoredOverview(this.partnershipId, this.title, this.description, this.serviceArea, this.legalRegime,
				this.plannedPeriod, this.estimatedValue, this.status, this.version, this.commissioningParty,
				this.parties.values(), this.latestAssessment, this.recommendedModel, this.chosenModel,
				this.paymentMechanism, this.latestChoice, this.divergent, this.divergentSince, this.registeredAt,
				this.lastRecordedAt, this.contract, this.alignmentInstrument, this.vision, this.principles,
				this.governance, this.earlierVisions, this.earlierPrinciples, this.earlierGovernance,
				this.measures.values(), this.evolution, this.contractNow, this.termination, this.instrumentEnding,
				this.closure, totals, this.reviews.activeValues(), this.latestHealthCheck, this.reassessmentTriggers,
				this.latestOccurredAt, this.pendingDecisions);
	}

	/** Every item of a kind, in the order they came. */
	public List<?> all(ItemKind kind) {
		return items(kind).values();
	}

	/**
	 * The items and parties the events applied since the last call added or changed, each
	 * once; forgotten once read.
	 */
	public Changes drainChanges() {
		List<ChangedItem> changed = new ArrayList<>();
		for (ItemKind kind : ItemKind.values()) {
			Items<?> items = items(kind);
			for (int position : items.drainChanged()) {
				Object item = items.values().get(position);
				changed.add(new ChangedItem(kind, items.idOf(position), position, kind.active(item), item));
			}
		}
		List<Party> parties = this.parties.drainChanged()
			.stream()
			.map((position) -> this.parties.values().get(position))
			.toList();
		this.measures.drainChanged();
		return new Changes(changed, parties);
	}

	private void forgetChanges() {
		drainChanges();
	}

	/**
	 * What the events since the last drain changed.
	 *
	 * @param items the items added or changed
	 * @param parties the parties that joined, left or changed
	 */
	public record Changes(List<ChangedItem> items, List<Party> parties) {
	}

	/**
	 * An item as it now stands.
	 *
	 * @param itemId its id (its position, for items without one)
	 * @param position where it stands among the items of its kind, from 0
	 * @param active whether an overview shows it however old it is
	 */
	public record ChangedItem(ItemKind kind, String itemId, int position, boolean active, Object item) {
	}

	private Items<?> items(ItemKind kind) {
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

	private static <T> Items<T> newItems(ItemKind kind) {
		return new Items<>(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '), ItemKind.idOf(kind),
				kind::active);
	}

	/** Moves the status forward, never back. */
	void reach(PartnershipStatus next) {
		this.status = (this.status == null) ? next : this.status.atLeast(next);
	}

	String partyName(String partyId) {
		Party party = this.parties.get(partyId);
		return (party != null) ? party.name() : null;
	}

	void changeParty(String partyId, UnaryOperator<Party> change) {
		this.parties.change(partyId, change);
	}

	void changeAdaptation(String adaptationId, UnaryOperator<Adaptation> change) {
		this.adaptations.change(adaptationId, change);
	}

	void changeIteration(String iterationId, UnaryOperator<Iteration> change) {
		this.iterations.change(iterationId, change);
	}

	void changeReview(String reviewId, UnaryOperator<Review> change) {
		this.reviews.change(reviewId, change);
	}

	void changeReport(String reportId, UnaryOperator<OutcomeReport> change) {
		this.outcomeReports.change(reportId, change);
	}

	void changePayment(String paymentId, UnaryOperator<Payment> change) {
		this.payments.change(paymentId, change);
	}

	void changeDispute(String disputeId, UnaryOperator<Dispute> change) {
		this.disputes.change(disputeId, change);
	}

	void changeFinding(String findingId, UnaryOperator<AuditFinding> change) {
		this.auditFindings.change(findingId, change);
	}

	String measureName(String measureId) {
		OutcomeMeasure measure = this.measures.get(measureId);
		return (measure != null) ? measure.name() : null;
	}

	/**
	 * Changes the joint decision waiting with this id; a change to {@code null} removes
	 * it (in force, or declined).
	 */
	void changePendingDecision(String jointDecisionId, UnaryOperator<JointDecision> change) {
		for (int i = 0; i < this.pendingDecisions.size(); i++) {
			if (this.pendingDecisions.get(i).jointDecisionId().equals(jointDecisionId)) {
				JointDecision changed = change.apply(this.pendingDecisions.get(i));
				if (changed == null) {
					this.pendingDecisions.remove(i);
				}
				else {
					this.pendingDecisions.set(i, changed);
				}
				return;
			}
		}
		throw new IllegalArgumentException("There is no joint decision " + jointDecisionId + " waiting");
	}

	void changeMeasure(String measureId, UnaryOperator<OutcomeMeasure> change) {
		this.measures.change(measureId, change);
	}

	/** The name of a body in the governance version that was in force for a decision. */
	String bodyName(int governanceVersion, String bodyId) {
		return Governance.bodyName(this.earlierGovernance, this.governance, governanceVersion, bodyId);
	}

	/**
	 * Divergent while the latest recommendation differs from the chosen model; the
	 * divergence keeps the date it began until it ends.
	 */
	private void divergenceAt(Instant occurredAt) {
		boolean nowDivergent = this.chosenModel != null && this.recommendedModel != null
				&& this.chosenModel != this.recommendedModel;
		this.divergentSince = nowDivergent ? (this.divergent ? this.divergentSince : occurredAt) : null;
		this.divergent = nowDivergent;
	}

}
