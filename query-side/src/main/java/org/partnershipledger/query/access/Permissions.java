package org.partnershipledger.query.access;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.partnership.OutcomeReportStatus;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.PartnershipStatus;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.partnership.Payment;
import org.partnershipledger.query.partnership.PaymentStatus;
import org.partnershipledger.query.partnership.Review;
import org.partnershipledger.query.partnership.ReviewStatus;

/**
 * Which actions a page offers the person on one partnership (ISSUE3.md, DOMAIN.md §4
 * issuer column): the commissioner sets up and decides; a provider proposes, rejects and
 * implements for its own party and runs its iterations; an auditor is offered nothing.
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

	/** The categories a provider implements; the commissioner implements the others. */
	static final Set<AdaptationCategory> PROVIDER_IMPLEMENTS = EnumSet.of(AdaptationCategory.SERVICE_DESIGN_CHANGE,
			AdaptationCategory.SCOPE_CHANGE, AdaptationCategory.VOLUME_CHANGE, AdaptationCategory.EMERGENCY_CHANGE);

	public boolean isActive() {
		return this.overview.status() == PartnershipStatus.ACTIVE;
	}

	/** Vision, principles, governance and measures: from MODEL_CHOSEN on. */
	public boolean canSetUp() {
		return this.commissioner && (this.overview.status() == PartnershipStatus.MODEL_CHOSEN || isActive());
	}

	public boolean canConcludeContract() {
		return this.commissioner && this.overview.status() == PartnershipStatus.MODEL_CHOSEN && !isAlignment();
	}

	public boolean canAdoptInstrument() {
		return this.commissioner && this.overview.status() == PartnershipStatus.MODEL_CHOSEN && isAlignment();
	}

	public boolean isAlignment() {
		return this.overview.chosenModel() == PartnershipModel.ALIGNMENT_WITHOUT_CONTRACT;
	}

	public boolean canPropose() {
		return isActive() && (this.commissioner || this.provider);
	}

	public boolean canStartIteration() {
		return isActive() && this.provider;
	}

	/** Whether the person may act at all (the commissioner or a provider party). */
	public boolean canAct() {
		return this.commissioner || this.provider;
	}

	public boolean canRemove(Party party) {
		return this.commissioner && !party.hasLeft() && !party.partyId().equals(this.ownPartyId);
	}

	public boolean canAssess(Adaptation adaptation) {
		return this.commissioner && adaptation.status() == AdaptationStatus.PROPOSED;
	}

	public boolean canAgree(Adaptation adaptation) {
		return this.commissioner && undecided(adaptation);
	}

	/** The commissioner, or a provider whose own obligations the change affects. */
	public boolean canReject(Adaptation adaptation) {
		return undecided(adaptation) && (this.commissioner || (this.provider && affects(adaptation)));
	}

	/** Only the party that proposed it. */
	public boolean canWithdraw(Adaptation adaptation) {
		return undecided(adaptation) && canAct() && adaptation.proposedByPartyId().equals(this.ownPartyId);
	}

	/**
	 * A provider of an affected party for service changes, the commissioner for the
	 * others; a formal variation waits for its contract variation.
	 */
	public boolean canImplement(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.AGREED && !waitsForVariation(adaptation)
				&& implementer(adaptation);
	}

	/** Agreed as a formal variation whose contract variation is not recorded yet. */
	public boolean waitsForVariation(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.AGREED
				&& adaptation.formality() == AdaptationFormality.FORMAL_VARIATION && !varied(adaptation);
	}

	/** Whether a contract variation rests on the adaptation already. */
	public boolean varied(Adaptation adaptation) {
		return this.overview.variations()
			.stream()
			.anyMatch((variation) -> adaptation.adaptationId().equals(variation.sourceAdaptationId()));
	}

	/** Agreed adaptations a contract variation may rest on: those not varied yet. */
	public List<Adaptation> variationSources() {
		return this.overview.adaptations()
			.stream()
			.filter((adaptation) -> adaptation.status() == AdaptationStatus.AGREED && !varied(adaptation))
			.toList();
	}

	public boolean implementer(Adaptation adaptation) {
		return PROVIDER_IMPLEMENTS.contains(adaptation.category()) ? this.provider && affects(adaptation)
				: this.commissioner;
	}

	public boolean canEvaluate(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.IMPLEMENTED
				&& (this.commissioner || (this.provider && affects(adaptation)));
	}

	/** Any next step of the adaptation this person may take. */
	public boolean canActOn(Adaptation adaptation) {
		return canAssess(adaptation) || canAgree(adaptation) || canReject(adaptation) || canWithdraw(adaptation)
				|| canImplement(adaptation) || canEvaluate(adaptation);
	}

	/** Only the iteration's own provider party, once. */
	public boolean canConclude(Iteration iteration) {
		return this.provider && !iteration.concluded() && iteration.providerPartyId().equals(this.ownPartyId);
	}

	/** The commissioner, once a model is chosen. */
	public boolean canScheduleReview() {
		return canSetUp();
	}

	/** The commissioner moves or records a review that is still scheduled. */
	public boolean canRescheduleOrHold(Review review) {
		return this.commissioner && review.status() == ReviewStatus.SCHEDULED;
	}

	/** Each party for itself, once, when the review has been held. */
	public boolean canConfirmMinutes(Review review) {
		return canAct() && this.ownPartyId != null && review.status() == ReviewStatus.HELD
				&& !review.minutesConfirmedBy(this.ownPartyId);
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
				&& (isActive() || this.overview.status() == PartnershipStatus.EXITING);
	}

	/** The commissioner, while the report is neither verified nor superseded. */
	public boolean canVerifyOrQuery(OutcomeReport report) {
		return this.commissioner && this.overview.status() != PartnershipStatus.CLOSED
				&& (report.status() == OutcomeReportStatus.REPORTED || report.status() == OutcomeReportStatus.QUERIED);
	}

	/** The commissioner ends an active partnership's contract, once. */
	public boolean canTerminateContract() {
		return this.commissioner && isActive() && !isAlignment() && this.overview.contract() != null
				&& this.overview.termination() == null;
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
		return this.commissioner && isActive() && !isAlignment() && this.overview.contract() != null
				&& this.overview.termination() == null;
	}

	/** The commissioner ends an active alignment partnership's instrument. */
	public boolean canEndInstrument() {
		return this.commissioner && isActive() && isAlignment() && this.overview.alignmentInstrument() != null;
	}

	/** Payments only where money changes hands, while active or exiting. */
	public boolean canSchedulePayment() {
		return this.commissioner && !isAlignment() && operating();
	}

	/** The commissioner records a scheduled payment as made, once. */
	public boolean canMakePayment(Payment payment) {
		return canSchedulePayment() && payment.status() != PaymentStatus.MADE;
	}

	/**
	 * The commissioner adjusts a payment: a service credit, clawback, withholding or
	 * release.
	 */
	public boolean canAdjustPayment(Payment payment) {
		return canSchedulePayment();
	}

	/** The provider party that reported it corrects a report not yet superseded. */
	public boolean canCorrect(OutcomeReport report) {
		return this.provider && report.providerPartyId().equals(this.ownPartyId) && operating()
				&& report.status() != OutcomeReportStatus.SUPERSEDED;
	}

	/** The commissioner records a published notice, also after closure. */
	public boolean canRecordNotice() {
		return this.commissioner;
	}

	/** The commissioner closes a partnership that is exiting. */
	public boolean canClose() {
		return this.commissioner && this.overview.status() == PartnershipStatus.EXITING;
	}

	/** A party, for itself, while the partnership is active or exiting. */
	public boolean canRaiseDispute() {
		return canAct() && this.ownPartyId != null
				&& (isActive() || this.overview.status() == PartnershipStatus.EXITING);
	}

	/** A party to the dispute, while it is unresolved. */
	public boolean canEscalate(Dispute dispute) {
		return canAct() && this.ownPartyId != null && !dispute.resolved()
				&& dispute.partyIds().contains(this.ownPartyId) && this.overview.status() != PartnershipStatus.CLOSED;
	}

	/** The commissioner records a resolution every party to it agreed. */
	public boolean canResolve(Dispute dispute) {
		return this.commissioner && !dispute.resolved() && this.overview.status() != PartnershipStatus.CLOSED;
	}

	private boolean operating() {
		return isActive() || this.overview.status() == PartnershipStatus.EXITING;
	}

	private boolean affects(Adaptation adaptation) {
		return this.ownPartyId != null && adaptation.affectedPartyIds().contains(this.ownPartyId);
	}

	private static boolean undecided(Adaptation adaptation) {
		return adaptation.status() == AdaptationStatus.PROPOSED || adaptation.status() == AdaptationStatus.ASSESSED;
	}

}
