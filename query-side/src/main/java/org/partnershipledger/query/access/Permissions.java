package org.partnershipledger.query.access;

import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.TransitionPrerequisite;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.PaymentStatus;
import org.partnershipledger.events.relational.ReviewStatus;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.JointDecision;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.partnership.Payment;
import org.partnershipledger.query.partnership.Review;

/**
 * Which actions a page offers the person on one partnership (DOMAIN.md §4 issuer column):
 * the commissioner sets up and decides; a provider proposes, rejects and implements for
 * its own party and runs its iterations; every party confirms minutes for itself, and in
 * an alignment partnership a statutory partner proposes and raises disputes; each party a
 * joint decision binds confirms or declines it for itself; an auditor is offered nothing.
 * The command side decides; this only keeps people from being offered what it would
 * refuse.
 *
 * @param commissioner whether the person may act as the partnership's commissioner
 * @param provider whether the person may act for a provider party of it
 * @param ownPartyId the person's party in the partnership, {@code null} if none
 * @param auditor whether the person is an auditor, whose only change is raising a finding
 */
public record Permissions(PartnershipOverview overview, boolean commissioner, boolean provider, String ownPartyId,
		boolean auditor) {

	public boolean isActive() {
		return this.overview.status() == PartnershipStatus.ACTIVE;
	}

	/** Vision, principles, governance and measures: from MODEL_CHOSEN on. */
	public boolean canSetUp() {
		return this.commissioner && at(CommandRoute.AGREE_VISION);
	}

	/**
	 * The commissioner records the contract that makes the partnership ACTIVE, or the
	 * successor contract a move to another model waits for (DOMAIN.md §2.6).
	 */
	public boolean canConcludeContract() {
		return this.commissioner && !isAlignment()
				&& (at(CommandRoute.CONCLUDE_CONTRACT) || awaits(TransitionPrerequisite.CONTRACT_VARIED_OR_SUCCESSOR)
						|| awaits(TransitionPrerequisite.CONTRACT_CONCLUDED));
	}

	/**
	 * The commissioner proposes the instrument that makes an alignment partnership
	 * ACTIVE, or the one a move to alignment waits for.
	 */
	public boolean canAdoptInstrument() {
		return this.commissioner && isAlignment()
				&& (at(CommandRoute.ADOPT_ALIGNMENT_INSTRUMENT) || awaits(TransitionPrerequisite.INSTRUMENT_ADOPTED));
	}

	/** Whether a move to another model on a live partnership still waits for this. */
	public boolean awaits(TransitionPrerequisite prerequisite) {
		return this.overview.latestChoice() != null && this.overview.latestChoice().pending().contains(prerequisite)
				&& this.overview.status() != PartnershipStatus.CLOSED;
	}

	public boolean isAlignment() {
		return this.overview.chosenModel() == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
	}

	public boolean canPropose() {
		return at(CommandRoute.PROPOSE_ADAPTATION) && proposer();
	}

	public boolean canStartIteration() {
		return at(CommandRoute.START_ITERATION) && this.provider;
	}

	/** Whether the person may act at all (the commissioner or a provider party). */
	public boolean canAct() {
		return this.commissioner || this.provider;
	}

	public boolean canRemove(Party party) {
		return this.commissioner && !party.hasLeft() && !party.partyId().equals(this.ownPartyId);
	}

	public boolean canAssess(Adaptation adaptation) {
		return this.commissioner && at(CommandRoute.ASSESS_ADAPTATION)
				&& adaptation.status() == AdaptationStatus.PROPOSED;
	}

	public boolean canAgree(Adaptation adaptation) {
		return this.commissioner && at(CommandRoute.AGREE_ADAPTATION) && undecided(adaptation);
	}

	/** The commissioner, or a provider whose own obligations the change affects. */
	public boolean canReject(Adaptation adaptation) {
		return at(CommandRoute.REJECT_ADAPTATION) && undecided(adaptation)
				&& (this.commissioner || (this.provider && affects(adaptation)));
	}

	/** Only the party that proposed it. */
	public boolean canWithdraw(Adaptation adaptation) {
		return at(CommandRoute.WITHDRAW_ADAPTATION) && undecided(adaptation) && proposer()
				&& adaptation.proposedByPartyId().equals(this.ownPartyId);
	}

	/**
	 * A provider of an affected party for service changes, the commissioner for the
	 * others; a formal variation waits for its contract variation.
	 */
	public boolean canImplement(Adaptation adaptation) {
		return at(CommandRoute.IMPLEMENT_ADAPTATION) && adaptation.status() == AdaptationStatus.AGREED
				&& !waitsForVariation(adaptation) && implementer(adaptation);
	}

	/** Agreed as a formal variation whose contract variation is not recorded yet. */
	public boolean waitsForVariation(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.AGREED
				&& adaptation.formality() == AdaptationFormality.FORMAL_VARIATION && !varied(adaptation);
	}

	/** Whether a contract variation rests on the adaptation already. */
	public boolean varied(Adaptation adaptation) {
		return adaptation.varied();
	}

	/** Agreed adaptations a contract variation may rest on: those not varied yet. */
	public List<Adaptation> variationSources() {
		return this.overview.adaptations()
			.stream()
			.filter((adaptation) -> adaptation.status() == AdaptationStatus.AGREED && !varied(adaptation))
			.toList();
	}

	public boolean implementer(Adaptation adaptation) {
		return adaptation.category().implementedByProvider() ? this.provider && affects(adaptation) : this.commissioner;
	}

	public boolean canEvaluate(Adaptation adaptation) {
		return at(CommandRoute.EVALUATE_ADAPTATION) && adaptation.status() == AdaptationStatus.IMPLEMENTED
				&& (this.commissioner || (this.provider && affects(adaptation)));
	}

	/** Any next step of the adaptation this person may take. */
	public boolean canActOn(Adaptation adaptation) {
		return canAssess(adaptation) || canAgree(adaptation) || canReject(adaptation) || canWithdraw(adaptation)
				|| canImplement(adaptation) || canEvaluate(adaptation);
	}

	/** Only the iteration's own provider party, once. */
	public boolean canConclude(Iteration iteration) {
		return at(CommandRoute.CONCLUDE_ITERATION) && this.provider && !iteration.concluded()
				&& iteration.providerPartyId().equals(this.ownPartyId);
	}

	/** The commissioner, once a model is chosen. */
	public boolean canScheduleReview() {
		return this.commissioner && at(CommandRoute.SCHEDULE_REVIEW);
	}

	/** The commissioner moves or records a review that is still scheduled. */
	public boolean canRescheduleOrHold(Review review) {
		return this.commissioner && at(CommandRoute.HOLD_REVIEW) && review.status() == ReviewStatus.SCHEDULED;
	}

	/**
	 * Each party for itself (a funder, investor, statutory partner or evaluator as much
	 * as the commissioner or a provider), once, when the review has been held.
	 */
	public boolean canConfirmMinutes(Review review) {
		return at(CommandRoute.CONFIRM_MINUTES) && this.ownPartyId != null && !this.auditor
				&& review.status() == ReviewStatus.HELD && !review.minutesConfirmedBy(this.ownPartyId);
	}

	/**
	 * A person of a party the joint decision still waits for, for their own party (any
	 * role the party holds); never an auditor.
	 */
	public boolean canConfirmOrDecline(JointDecision decision) {
		return at(CommandRoute.CONFIRM_JOINT_DECISION) && this.ownPartyId != null && !this.auditor
				&& decision.awaits(this.ownPartyId);
	}

	/** Only an auditor, also after closure. */
	public boolean canRaiseFinding() {
		return this.auditor;
	}

	/** The commissioner, once, also after closure. */
	public boolean canRespondTo(AuditFinding finding) {
		return this.commissioner && finding.response() == null;
	}

	/**
	 * A provider, for its own party, on a measure of a partnership that is active or
	 * exiting.
	 */
	public boolean canReportOutcome() {
		return this.provider && this.ownPartyId != null && !this.overview.measures().isEmpty()
				&& at(CommandRoute.REPORT_OUTCOME);
	}

	/** The commissioner, while the report is neither verified nor superseded. */
	public boolean canVerify(OutcomeReport report) {
		return this.commissioner && at(CommandRoute.VERIFY_REPORT) && report.status().verifiable();
	}

	public boolean canQuery(OutcomeReport report) {
		return this.commissioner && at(CommandRoute.QUERY_REPORT) && report.status().queryable();
	}

	/** The commissioner ends an active partnership's contract, once. */
	public boolean canTerminateContract() {
		return this.commissioner && at(CommandRoute.TERMINATE_CONTRACT) && !isAlignment()
				&& this.overview.contract() != null && this.overview.termination() == null;
	}

	/**
	 * The commissioner varies an active partnership's contract under an agreed adaptation
	 * not varied yet.
	 */
	public boolean canVaryContract() {
		return canChangeContract() && !variationSources().isEmpty();
	}

	/**
	 * The commissioner extends an active contract whose period allows an extension beyond
	 * where it ends now.
	 */
	public boolean canExtendContract() {
		if (!canChangeContract() || this.overview.contract().period() == null
				|| this.overview.contract().period().maxExtent() == null) {
			return false;
		}
		LocalDate endsNow = (this.overview.contractNow() != null) ? this.overview.contractNow().endDate()
				: this.overview.contract().period().endDate();
		return endsNow == null || endsNow.isBefore(this.overview.contract().period().maxExtent());
	}

	/**
	 * Whether the commissioner may vary the contract as it may be offered (see above).
	 */
	private boolean canChangeContract() {
		return this.commissioner && at(CommandRoute.VARY_CONTRACT) && !isAlignment() && this.overview.contract() != null
				&& this.overview.termination() == null;
	}

	/** The commissioner ends an active alignment partnership's instrument. */
	public boolean canEndInstrument() {
		return this.commissioner && at(CommandRoute.END_ALIGNMENT_INSTRUMENT) && isAlignment()
				&& this.overview.alignmentInstrument() != null;
	}

	/** Payments only where money changes hands, while active or exiting. */
	public boolean canSchedulePayment() {
		return this.commissioner && !isAlignment() && at(CommandRoute.SCHEDULE_PAYMENT);
	}

	/** The commissioner records a scheduled payment as made, once. */
	public boolean canMakePayment(Payment payment) {
		return this.commissioner && !isAlignment() && at(CommandRoute.MAKE_PAYMENT)
				&& payment.status() == PaymentStatus.SCHEDULED;
	}

	/**
	 * The commissioner adjusts a payment: a service credit, clawback, withholding or
	 * release.
	 */
	public boolean canAdjustPayment(Payment payment) {
		return this.commissioner && !isAlignment() && at(CommandRoute.ADJUST_PAYMENT);
	}

	/** The provider party that reported it corrects a report not yet superseded. */
	public boolean canCorrect(OutcomeReport report) {
		return this.provider && report.providerPartyId().equals(this.ownPartyId) && at(CommandRoute.CORRECT_REPORT)
				&& report.status().correctable();
	}

	/** The commissioner records a published notice, also after closure. */
	public boolean canRecordNotice() {
		return this.commissioner;
	}

	/** The commissioner closes a partnership that is exiting. */
	public boolean canClose() {
		return this.commissioner && at(CommandRoute.CLOSE_PARTNERSHIP);
	}

	/** A party, for itself, while the partnership is active or exiting. */
	public boolean canRaiseDispute() {
		return proposer() && this.ownPartyId != null && at(CommandRoute.RAISE_DISPUTE);
	}

	/** A party to the dispute, while it is unresolved. */
	public boolean canEscalate(Dispute dispute) {
		return proposer() && this.ownPartyId != null && !dispute.resolved()
				&& dispute.partyIds().contains(this.ownPartyId) && at(CommandRoute.ESCALATE_DISPUTE);
	}

	/** The commissioner records a resolution every party to it agreed. */
	public boolean canResolve(Dispute dispute) {
		return this.commissioner && !dispute.resolved() && at(CommandRoute.RESOLVE_DISPUTE);
	}

	/**
	 * Whether the partnership is at the stage of its life where the command side takes
	 * the route's command: the rule it decides by.
	 */
	private boolean at(CommandRoute route) {
		return route.stage().accepts(this.overview.status());
	}

	/**
	 * Who proposes adaptations and raises disputes: the commissioner, a provider, and in
	 * an alignment partnership a statutory partner.
	 */
	private boolean proposer() {
		return canAct() || (isAlignment() && !this.auditor && this.ownPartyId != null
				&& this.overview.party(this.ownPartyId)
					.map((party) -> party.holds(PartyRole.STATUTORY_PARTNER))
					.orElse(false));
	}

	/**
	 * Whether the adaptation changes the person's party's obligations: whether its
	 * agreement binds that party, as the command side decides it.
	 */
	private boolean affects(Adaptation adaptation) {
		return this.ownPartyId != null
				&& this.overview.bindsForAdaptation(adaptation.category()).contains(this.ownPartyId);
	}

	private static boolean undecided(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.PROPOSED || adaptation.status() == AdaptationStatus.ASSESSED;
	}

}
