package org.partnershipledger.command.partnership;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.CommandHandlerInterceptor;
import org.axonframework.spring.stereotype.Aggregate;

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
import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.framework.DimensionScore;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.RuleSet;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRef;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.ReviewStatus;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One partnership: its whole life is one event stream. Each command handler hands the
 * state, read-only, and the command to the decisions of its area ({@code SetUpDecisions},
 * {@code RelationalBasisDecisions}, {@code AdaptationDecisions}, …), which check the
 * rules and answer the events to apply; state changes only in the event sourcing
 * handlers. The fields are visible to Jackson so that snapshots hold the whole state.
 */
@Aggregate(snapshotTriggerDefinition = "partnershipSnapshotTrigger", cache = "partnershipCache")
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE,
		isGetterVisibility = Visibility.NONE, setterVisibility = Visibility.NONE)
public class Partnership implements PartnershipState {

	/** The name the ledger records itself under when it notices a missed review. */
	public static final String SYSTEM_DISPLAY_NAME = "Partnership Ledger review deadline sweep";

	/** The actor's name on reviews the ledger schedules by their type's cadence. */
	public static final String SYSTEM_SCHEDULE_NAME = "Partnership Ledger review cadence";

	/** The name the ledger records itself under when it records a published notice. */
	public static final String SYSTEM_NOTICE_NAME = "Partnership Ledger publication feed";

	@AggregateIdentifier
	private String partnershipId;

	private PartnershipStatus status;

	private Map<String, Party> parties = new LinkedHashMap<>();

	private LatestAssessment latestAssessment;

	private PartnershipModel chosenModel;

	private PaymentMechanism paymentMechanism;

	private List<TransitionPrerequisite> pendingTransition = new ArrayList<>();

	private String contractId;

	private String instrumentId;

	private Governance governance = Governance.NONE;

	private Map<String, Measure> measures = new LinkedHashMap<>();

	private Map<String, Adaptation> adaptations = new LinkedHashMap<>();

	private Map<String, Iteration> iterations = new LinkedHashMap<>();

	private Map<String, Review> reviews = new LinkedHashMap<>();

	/** The overall mean of the latest relational health check, for DECLINING. */
	private BigDecimal latestHealthOverall;

	/** The contract as signed and as varied or extended since; null without one. */
	private ContractTerms contract;

	/**
	 * Read back from a snapshot as they were built: in order, like the maps (Jackson
	 * would make any set a HashSet).
	 */
	@JsonDeserialize(as = LinkedHashSet.class)
	private Set<String> variedAdaptationIds = new LinkedHashSet<>();

	@JsonDeserialize(as = LinkedHashSet.class)
	private Set<String> variationIds = new LinkedHashSet<>();

	private Map<String, OutcomeReport> outcomeReports = new LinkedHashMap<>();

	private Map<String, Payment> payments = new LinkedHashMap<>();

	private Map<String, Dispute> disputes = new LinkedHashMap<>();

	/** Each audit finding raised, and whether the commissioner responded. */
	private Map<String, Boolean> auditFindings = new LinkedHashMap<>();

	/** The joint decisions proposed and waiting for confirmation, by id. */
	private Map<String, PendingDecision> pendingDecisions = new LinkedHashMap<>();

	/** How many joint decisions were ever proposed: the next one's id follows. */
	private int jointDecisionsProposed;

	protected Partnership() {
		// for Axon and Jackson
	}

	@CommandHandler
	public Partnership(RegisterPartnership command) {
		decided(SetUpDecisions.registerPartnership(command));
	}

	@CommandHandler
	public long handle(AddParty command) {
		return decided(SetUpDecisions.addParty(this, command));
	}

	@CommandHandler
	public AssessmentRecorded handle(AssessServiceCharacteristics command, RuleSet ruleSet) {
		return decided(SetUpDecisions.assessServiceCharacteristics(this, command, ruleSet));
	}

	@CommandHandler
	public ModelChoiceRecorded handle(ChoosePartnershipModel command) {
		return decided(SetUpDecisions.choosePartnershipModel(this, command));
	}

	@CommandHandler
	public long handle(RemoveParty command) {
		return decided(SetUpDecisions.removeParty(this, command));
	}

	@CommandHandler
	public long handle(ConfirmJointDecision command) {
		return decided(JointDecisions.confirm(this, command));
	}

	@CommandHandler
	public long handle(DeclineJointDecision command) {
		return decided(JointDecisions.decline(this, command));
	}

	@CommandHandler
	public long handle(ConcludeContract command) {
		return decided(RelationalBasisDecisions.concludeContract(this, command));
	}

	@CommandHandler
	public JointAnswer handle(AdoptAlignmentInstrument command) {
		return decided(RelationalBasisDecisions.adoptAlignmentInstrument(this, command));
	}

	@CommandHandler
	public JointAnswer handle(AgreeSharedVision command) {
		return decided(RelationalBasisDecisions.agreeSharedVision(this, command));
	}

	@CommandHandler
	public JointAnswer handle(AgreeGuidingPrinciples command) {
		return decided(RelationalBasisDecisions.agreeGuidingPrinciples(this, command));
	}

	@CommandHandler
	public JointAnswer handle(AgreeGovernanceArrangements command) {
		return decided(RelationalBasisDecisions.agreeGovernanceArrangements(this, command));
	}

	@CommandHandler
	public long handle(DefineOutcomeMeasure command) {
		return decided(RelationalBasisDecisions.defineOutcomeMeasure(this, command));
	}

	@CommandHandler
	public long handle(ReviseOutcomeMeasure command) {
		return decided(RelationalBasisDecisions.reviseOutcomeMeasure(this, command));
	}

	@CommandHandler
	public long handle(ProposeAdaptation command) {
		return decided(AdaptationDecisions.proposeAdaptation(this, command));
	}

	@CommandHandler
	public long handle(AssessAdaptation command) {
		return decided(AdaptationDecisions.assessAdaptation(this, command));
	}

	@CommandHandler
	public JointAnswer handle(AgreeAdaptation command) {
		return decided(AdaptationDecisions.agreeAdaptation(this, command));
	}

	@CommandHandler
	public long handle(RejectAdaptation command) {
		return decided(AdaptationDecisions.rejectAdaptation(this, command));
	}

	@CommandHandler
	public long handle(WithdrawAdaptation command) {
		return decided(AdaptationDecisions.withdrawAdaptation(this, command));
	}

	@CommandHandler
	public long handle(ImplementAdaptation command) {
		return decided(AdaptationDecisions.implementAdaptation(this, command));
	}

	@CommandHandler
	public long handle(EvaluateAdaptationEffect command) {
		return decided(AdaptationDecisions.evaluateAdaptationEffect(this, command));
	}

	@CommandHandler
	public long handle(StartIteration command) {
		return decided(IterationDecisions.startIteration(this, command));
	}

	@CommandHandler
	public long handle(ConcludeIteration command) {
		return decided(IterationDecisions.concludeIteration(this, command));
	}

	@CommandHandler
	public long handle(RecordIteration command) {
		return decided(IterationDecisions.recordIteration(this, command));
	}

	@CommandHandler
	public long handle(ScheduleReview command) {
		return decided(ReviewDecisions.scheduleReview(this, command));
	}

	@CommandHandler
	public long handle(RescheduleReview command) {
		return decided(ReviewDecisions.rescheduleReview(this, command));
	}

	@CommandHandler
	public long handle(HoldReview command) {
		return decided(ReviewDecisions.holdReview(this, command));
	}

	@CommandHandler
	public long handle(ConfirmReviewMinutes command) {
		return decided(ReviewDecisions.confirmReviewMinutes(this, command));
	}

	@CommandHandler
	public long handle(MarkReviewPointMissed command) {
		return decided(ReviewDecisions.markReviewPointMissed(this, command));
	}

	@CommandHandler
	public long handle(ScheduleNextReview command) {
		return decided(ReviewDecisions.scheduleNextReview(this, command));
	}

	@CommandHandler
	public long handle(VaryContract command) {
		return decided(ContractDecisions.varyContract(this, command));
	}

	@CommandHandler
	public long handle(ExtendContract command) {
		return decided(ContractDecisions.extendContract(this, command));
	}

	@CommandHandler
	public long handle(TerminateContract command) {
		return decided(ContractDecisions.terminateContract(this, command));
	}

	@CommandHandler
	public long handle(EndAlignmentInstrument command) {
		return decided(ContractDecisions.endAlignmentInstrument(this, command));
	}

	@CommandHandler
	public long handle(ClosePartnership command) {
		return decided(ContractDecisions.closePartnership(this, command));
	}

	@CommandHandler
	public long handle(ReportOutcome command) {
		return decided(MoneyDecisions.reportOutcome(this, command));
	}

	@CommandHandler
	public long handle(VerifyOutcomeReport command) {
		return decided(MoneyDecisions.verifyOutcomeReport(this, command));
	}

	@CommandHandler
	public long handle(QueryOutcomeReport command) {
		return decided(MoneyDecisions.queryOutcomeReport(this, command));
	}

	@CommandHandler
	public long handle(CorrectOutcomeReport command) {
		return decided(MoneyDecisions.correctOutcomeReport(this, command));
	}

	@CommandHandler
	public long handle(SchedulePayment command) {
		return decided(MoneyDecisions.schedulePayment(this, command));
	}

	@CommandHandler
	public long handle(MakePayment command) {
		return decided(MoneyDecisions.makePayment(this, command));
	}

	@CommandHandler
	public long handle(AdjustPayment command) {
		return decided(MoneyDecisions.adjustPayment(this, command));
	}

	@CommandHandler
	public long handle(RaiseDispute command) {
		return decided(DisputeDecisions.raiseDispute(this, command));
	}

	@CommandHandler
	public long handle(EscalateDispute command) {
		return decided(DisputeDecisions.escalateDispute(this, command));
	}

	@CommandHandler
	public JointAnswer handle(ResolveDispute command) {
		return decided(DisputeDecisions.resolveDispute(this, command));
	}

	@CommandHandler
	public long handle(RecordTransparencyNotice command) {
		return decided(AccountabilityDecisions.recordTransparencyNotice(this, command));
	}

	@CommandHandler
	public long handle(RaiseAuditFinding command) {
		return decided(AccountabilityDecisions.raiseAuditFinding(this, command));
	}

	@CommandHandler
	public long handle(RespondToAuditFinding command) {
		return decided(AccountabilityDecisions.respondToAuditFinding(this, command));
	}

	/**
	 * Once CLOSED, a partnership accepts only accountability commands
	 * ({@link ContractDecisions#onlyAccountabilityOnceClosed}).
	 */
	@CommandHandlerInterceptor
	Object acceptOnlyAccountabilityOnceClosed(CommandMessage<?> message, InterceptorChain chain) throws Exception {
		ContractDecisions.onlyAccountabilityOnceClosed(this, message.getPayload());
		return chain.proceed();
	}

	/** Applies what a command decided and answers the caller. */
	private <A> A decided(Decision<A> decision) {
		decision.events().forEach((event) -> apply(event, decision.metaData()));
		return decision.answer().apply(AggregateLifecycle.getVersion());
	}

	@EventSourcingHandler
	void on(PartnershipRegistered event) {
		this.partnershipId = event.partnershipId();
		this.status = PartnershipStatus.REGISTERED;
		PartyRef party = event.commissioningParty();
		this.parties.put(party.partyId(),
				new Party(party.partyId(), party.name(), party.identifier(), List.of(PartyRole.COMMISSIONER)));
	}

	@EventSourcingHandler
	void on(PartyJoined event) {
		this.parties.put(event.partyId(),
				new Party(event.partyId(), event.party().name(), event.party().identifier(), event.roles()));
	}

	@EventSourcingHandler
	void on(ServiceCharacteristicsAssessed event) {
		Map<Dimension, Integer> scores = new EnumMap<>(Dimension.class);
		for (Map.Entry<Dimension, DimensionScore> entry : event.scores().entrySet()) {
			scores.put(entry.getKey(), entry.getValue().score());
		}
		this.latestAssessment = new LatestAssessment(event.assessmentId(), scores, event.recommendation(),
				event.occurredAt(), event.moneyChangesHands());
		if (this.status == PartnershipStatus.REGISTERED) {
			this.status = PartnershipStatus.ASSESSED;
		}
	}

	@EventSourcingHandler
	void on(PartnershipModelChosen event) {
		this.chosenModel = event.chosenModel();
		this.paymentMechanism = event.paymentMechanism();
		this.status = PartnershipStatus.MODEL_CHOSEN;
	}

	/** The partnership stays live; the new model waits for what is pending. */
	@EventSourcingHandler
	void on(PartnershipModelTransitioned event) {
		this.chosenModel = event.newModel();
		this.paymentMechanism = event.newPaymentMechanism();
		this.pendingTransition = new ArrayList<>(event.pending());
	}

	/** Settles what a pending transition waited for and the event records. */
	private void settle(PartnershipEvent event) {
		if (this.pendingTransition == null) {
			this.pendingTransition = new ArrayList<>();
		}
		this.pendingTransition.removeIf((prerequisite) -> prerequisite.satisfiedBy(event));
	}

	@EventSourcingHandler
	void on(JointDecisionProposed event) {
		Map<String, String> confirmations = new LinkedHashMap<>();
		if (event.bindsPartyIds().contains(event.proposedByPartyId())) {
			confirmations.put(event.proposedByPartyId(), event.proposersComment());
		}
		this.pendingDecisions.put(event.jointDecisionId(),
				new PendingDecision(event, confirmations, event.occurredAt()));
		this.jointDecisionsProposed++;
	}

	/** The last confirmation removes the proposal: the decision itself follows it. */
	@EventSourcingHandler
	void on(JointDecisionConfirmed event) {
		PendingDecision confirmed = this.pendingDecisions.get(event.jointDecisionId())
			.confirmedBy(event.partyId(), event.comment(), event.occurredAt());
		if (confirmed.awaiting().isEmpty()) {
			this.pendingDecisions.remove(event.jointDecisionId());
		}
		else {
			this.pendingDecisions.put(event.jointDecisionId(), confirmed);
		}
	}

	@EventSourcingHandler
	void on(JointDecisionDeclined event) {
		this.pendingDecisions.remove(event.jointDecisionId());
	}

	@EventSourcingHandler
	void on(PartyLeft event) {
		this.parties.remove(event.partyId());
		event.lapsedJointDecisionIds().forEach(this.pendingDecisions::remove);
	}

	@EventSourcingHandler
	void on(ContractConcluded event) {
		this.contractId = event.contractId();
		this.contract = ContractTerms.of(event);
		this.status = PartnershipStatus.ACTIVE;
		settle(event);
	}

	@EventSourcingHandler
	void on(AlignmentInstrumentAdopted event) {
		this.instrumentId = event.instrumentId();
		this.status = PartnershipStatus.ACTIVE;
		settle(event);
	}

	@EventSourcingHandler
	void on(SharedVisionAgreed event) {
		this.governance = this.governance.withVision(event.version());
	}

	@EventSourcingHandler
	void on(GuidingPrinciplesAgreed event) {
		this.governance = this.governance.withPrinciples(event.version());
	}

	@EventSourcingHandler
	void on(GovernanceArrangementsAgreed event) {
		this.governance = this.governance.withArrangements(new GovernanceVersion(event.version(), event.occurredAt(),
				event.bodies(), event.delegations(), event.disputeLadder()));
	}

	@EventSourcingHandler
	void on(OutcomeMeasureDefined event) {
		this.measures.put(event.measureId(), new Measure(event.measureId(), event.name()));
	}

	@EventSourcingHandler
	void on(OutcomeMeasureRevised event) {
		this.measures.put(event.measureId(), new Measure(event.measureId(), event.name()));
	}

	@EventSourcingHandler
	void on(AdaptationProposed event) {
		this.adaptations.put(event.adaptationId(),
				new Adaptation(event.adaptationId(), event.proposedByPartyId(), event.category(), event.formality(),
						event.expectedImpact().valueChangePct(), event.expectedImpact().termChangePct(),
						event.affectedPartyIds(), AdaptationStatus.PROPOSED, event.occurredAt(), null,
						event.newPaymentMechanism()));
	}

	@EventSourcingHandler
	void on(AdaptationAssessed event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.ASSESSED);
	}

	@EventSourcingHandler
	void on(AdaptationAgreed event) {
		this.adaptations.computeIfPresent(event.adaptationId(),
				(id, adaptation) -> adaptation.agreedOn(event.occurredAt()));
		Adaptation agreed = this.adaptations.get(event.adaptationId());
		if (agreed != null && agreed.newPaymentMechanism() != null) {
			this.paymentMechanism = agreed.newPaymentMechanism();
		}
	}

	@EventSourcingHandler
	void on(AdaptationRejected event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.REJECTED);
	}

	@EventSourcingHandler
	void on(AdaptationWithdrawn event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.WITHDRAWN);
	}

	@EventSourcingHandler
	void on(AdaptationImplemented event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.IMPLEMENTED);
	}

	@EventSourcingHandler
	void on(AdaptationEffectEvaluated event) {
		moveAdaptation(event.adaptationId(), AdaptationStatus.EVALUATED);
	}

	@EventSourcingHandler
	void on(ProviderIterationStarted event) {
		this.iterations.put(event.iterationId(),
				new Iteration(event.iterationId(), event.providerPartyId(), event.startedOn(), false));
	}

	@EventSourcingHandler
	void on(ProviderIterationConcluded event) {
		this.iterations.computeIfPresent(event.iterationId(), (id, iteration) -> iteration.concludedNow());
	}

	@EventSourcingHandler
	void on(ProviderIterationRecorded event) {
		this.iterations.put(event.iterationId(),
				new Iteration(event.iterationId(), event.providerPartyId(), event.startedOn(), true));
	}

	@EventSourcingHandler
	void on(ReviewPointScheduled event) {
		this.reviews.put(event.reviewId(),
				Review.of(event, (this.latestAssessment != null) ? this.latestAssessment.assessmentId() : null));
	}

	@EventSourcingHandler
	void on(ReviewPointRescheduled event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.rescheduledTo(event.newDueDate()));
	}

	@EventSourcingHandler
	void on(ReviewPointHeld event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.in(ReviewStatus.HELD));
		if (event.relationalHealth() != null) {
			this.latestHealthOverall = event.relationalHealth().result().overall();
		}
	}

	@EventSourcingHandler
	void on(ReviewMinutesConfirmed event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.confirmedBy(event.partyId()));
	}

	@EventSourcingHandler
	void on(ReviewPointMissed event) {
		this.reviews.computeIfPresent(event.reviewId(), (id, review) -> review.in(ReviewStatus.MISSED));
	}

	@EventSourcingHandler
	void on(ContractVaried event) {
		this.contract = this.contract.varied(event.valueAfter(), event.termEndAfter());
		this.variedAdaptationIds.add(event.sourceAdaptationId());
		this.variationIds.add(event.variationId());
		settle(event);
	}

	@EventSourcingHandler
	void on(ContractExtended event) {
		this.contract = this.contract.extended(event.newEndDate());
	}

	@EventSourcingHandler
	void on(ContractTerminated event) {
		this.status = PartnershipStatus.EXITING;
		settle(event);
	}

	@EventSourcingHandler
	void on(AlignmentInstrumentEnded event) {
		this.status = PartnershipStatus.EXITING;
		settle(event);
	}

	@EventSourcingHandler
	void on(PartnershipClosed event) {
		this.status = PartnershipStatus.CLOSED;
	}

	@EventSourcingHandler
	void on(OutcomeReported event) {
		this.outcomeReports.put(event.reportId(), new OutcomeReport(event.reportId(), event.providerPartyId(),
				event.measureId(), event.period(), OutcomeReportStatus.REPORTED));
	}

	@EventSourcingHandler
	void on(OutcomeReportVerified event) {
		this.outcomeReports.computeIfPresent(event.reportId(), (id, report) -> report.in(OutcomeReportStatus.VERIFIED));
	}

	@EventSourcingHandler
	void on(OutcomeReportQueried event) {
		this.outcomeReports.computeIfPresent(event.reportId(), (id, report) -> report.in(OutcomeReportStatus.QUERIED));
	}

	@EventSourcingHandler
	void on(OutcomeReportCorrected event) {
		this.outcomeReports.computeIfPresent(event.correctsReportId(),
				(id, report) -> report.in(OutcomeReportStatus.SUPERSEDED));
		this.outcomeReports.put(event.reportId(), new OutcomeReport(event.reportId(), event.providerPartyId(),
				event.measureId(), event.period(), OutcomeReportStatus.REPORTED));
	}

	@EventSourcingHandler
	void on(PaymentScheduled event) {
		this.payments.put(event.paymentId(), Payment.scheduled(event.paymentId(), event.kind(), event.linkedReportIds(),
				event.amount(), event.occurredAt()));
	}

	@EventSourcingHandler
	void on(PaymentMade event) {
		this.payments.computeIfPresent(event.paymentId(), (id, payment) -> payment.madeWith(event.amount()));
	}

	@EventSourcingHandler
	void on(PaymentAdjusted event) {
		this.payments.computeIfPresent(event.paymentId(),
				(id, payment) -> payment.adjustedBy(event.kind(), event.amount()));
	}

	@EventSourcingHandler
	void on(DisputeRaised event) {
		this.disputes.put(event.disputeId(), new Dispute(event.disputeId(), event.partyIds(), event.step(), false));
	}

	@EventSourcingHandler
	void on(DisputeEscalated event) {
		this.disputes.computeIfPresent(event.disputeId(), (id, dispute) -> dispute.escalatedTo(event.toStep()));
	}

	@EventSourcingHandler
	void on(DisputeResolved event) {
		this.disputes.computeIfPresent(event.disputeId(), (id, dispute) -> dispute.resolvedNow());
	}

	@EventSourcingHandler
	void on(AuditFindingRaised event) {
		this.auditFindings.put(event.findingId(), false);
	}

	@EventSourcingHandler
	void on(AuditFindingResponded event) {
		this.auditFindings.put(event.findingId(), true);
	}

	private void moveAdaptation(String adaptationId, AdaptationStatus status) {
		this.adaptations.computeIfPresent(adaptationId, (id, adaptation) -> adaptation.withStatus(status));
	}

	@Override
	public String partnershipId() {
		return this.partnershipId;
	}

	@Override
	public PartnershipStatus status() {
		return this.status;
	}

	@Override
	public Map<String, Party> parties() {
		return Collections.unmodifiableMap(this.parties);
	}

	@Override
	public LatestAssessment latestAssessment() {
		return this.latestAssessment;
	}

	@Override
	public PartnershipModel chosenModel() {
		return this.chosenModel;
	}

	@Override
	public PaymentMechanism paymentMechanism() {
		return this.paymentMechanism;
	}

	@Override
	public List<TransitionPrerequisite> pendingTransition() {
		return (this.pendingTransition == null) ? List.of() : List.copyOf(this.pendingTransition);
	}

	@Override
	public String contractId() {
		return this.contractId;
	}

	@Override
	public String instrumentId() {
		return this.instrumentId;
	}

	@Override
	public Governance governance() {
		return this.governance;
	}

	@Override
	public Map<String, Measure> measures() {
		return Collections.unmodifiableMap(this.measures);
	}

	@Override
	public Map<String, Adaptation> adaptations() {
		return Collections.unmodifiableMap(this.adaptations);
	}

	@Override
	public Map<String, Iteration> iterations() {
		return Collections.unmodifiableMap(this.iterations);
	}

	@Override
	public Map<String, Review> reviews() {
		return Collections.unmodifiableMap(this.reviews);
	}

	@Override
	public BigDecimal latestHealthOverall() {
		return this.latestHealthOverall;
	}

	@Override
	public ContractTerms contract() {
		return this.contract;
	}

	@Override
	public Set<String> variedAdaptationIds() {
		return Collections.unmodifiableSet(this.variedAdaptationIds);
	}

	@Override
	public Set<String> variationIds() {
		return Collections.unmodifiableSet(this.variationIds);
	}

	@Override
	public Map<String, OutcomeReport> outcomeReports() {
		return Collections.unmodifiableMap(this.outcomeReports);
	}

	@Override
	public Map<String, Payment> payments() {
		return Collections.unmodifiableMap(this.payments);
	}

	@Override
	public Map<String, Dispute> disputes() {
		return Collections.unmodifiableMap(this.disputes);
	}

	@Override
	public Map<String, Boolean> auditFindings() {
		return Collections.unmodifiableMap(this.auditFindings);
	}

	@Override
	public Map<String, PendingDecision> pendingDecisions() {
		return Collections.unmodifiableMap(this.pendingDecisions);
	}

	@Override
	public int jointDecisionsProposed() {
		return this.jointDecisionsProposed;
	}

}
