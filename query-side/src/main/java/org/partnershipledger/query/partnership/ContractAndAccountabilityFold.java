package org.partnershipledger.query.partnership;

import org.partnershipledger.events.AlignmentInstrumentEnded;
import org.partnershipledger.events.AuditFindingRaised;
import org.partnershipledger.events.AuditFindingResponded;
import org.partnershipledger.events.ContractExtended;
import org.partnershipledger.events.ContractTerminated;
import org.partnershipledger.events.ContractVaried;
import org.partnershipledger.events.DisputeEscalated;
import org.partnershipledger.events.DisputeRaised;
import org.partnershipledger.events.DisputeResolved;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PartnershipClosed;
import org.partnershipledger.events.PartnershipEvent;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.TransparencyNoticeRecorded;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentStatus;

/**
 * What the events of contract change, exit, outcome reports, payments, disputes and
 * accountability (DOMAIN.md §4 items 18 to 24) do to the overview's draft.
 */
final class ContractAndAccountabilityFold {

	private final OverviewState draft;

	private final Actor actor;

	ContractAndAccountabilityFold(OverviewState draft, Actor actor) {
		this.draft = draft;
		this.actor = actor;
	}

	/** Applies the event; {@code false} if it is none of these. */
	boolean apply(PartnershipEvent event) {
		return contract(event) || reports(event) || paymentsAndDisputes(event) || accountability(event);
	}

	private boolean contract(PartnershipEvent event) {
		if (event instanceof ContractVaried varied) {
			ContractVariation variation = new ContractVariation(varied.variationId(), varied.contractId(),
					varied.sourceAdaptationId(), varied.category(), varied.legalGround(), varied.valueBefore(),
					varied.valueAfter(), varied.termEndBefore(), varied.termEndAfter(), varied.valueChangePct(),
					varied.termChangePct(), varied.cumulativeValueChangePct(), varied.cumulativeTermChangePct(),
					varied.effectiveDate(), varied.contractChangeNoticeRequired(), varied.noticeReference(),
					varied.noticePublishedOn(), varied.voluntaryPublication(), varied.occurredAt(), this.actor);
			this.draft.variations.add(variation);
			if (varied.sourceAdaptationId() != null
					&& this.draft.adaptations.get(varied.sourceAdaptationId()) != null) {
				this.draft.changeAdaptation(varied.sourceAdaptationId(),
						(adaptation) -> adaptation.varied(varied.variationId(), adaptation.changedAt()));
			}
			this.draft.contractNow = contractNow().varied(variation);
		}
		else if (event instanceof ContractExtended extended) {
			this.draft.extensions.add(new ContractExtension(extended.previousEndDate(), extended.newEndDate(),
					extended.reason(), extended.occurredAt(), this.actor));
			this.draft.contractNow = contractNow().extendedTo(extended.newEndDate());
		}
		else if (event instanceof ContractTerminated terminated) {
			this.draft.termination = new ContractTermination(terminated.reason(), terminated.terminationDate(),
					terminated.explanation(), terminated.occurredAt(), this.actor);
			this.draft.reach(PartnershipStatus.EXITING);
		}
		else if (event instanceof AlignmentInstrumentEnded ended) {
			this.draft.instrumentEnding = new InstrumentEnding(ended.instrumentId(), ended.endedOn(), ended.reason(),
					ended.occurredAt(), this.actor);
			this.draft.reach(PartnershipStatus.EXITING);
		}
		else if (event instanceof PartnershipClosed closed) {
			this.draft.closure = new Closure(closed.closedOn(), closed.summary(), closed.lessons(), closed.occurredAt(),
					this.actor);
			this.draft.reach(PartnershipStatus.CLOSED);
		}
		else {
			return false;
		}
		return true;
	}

	private boolean reports(PartnershipEvent event) {
		if (event instanceof OutcomeReported reported) {
			this.draft.outcomeReports.add(new OutcomeReport(reported.reportId(), reported.providerPartyId(),
					this.draft.partyName(reported.providerPartyId()), reported.measureId(),
					this.draft.measureName(reported.measureId()), reported.period(), reported.value(),
					reported.cohortDescription(), OutcomeReportStatus.REPORTED, reported.occurredAt(), this.actor, null,
					null, null, null, null, null, null));
		}
		else if (event instanceof OutcomeReportQueried queried) {
			this.draft.changeReport(queried.reportId(),
					(report) -> report.queried(new ReportQuery(queried.question(), queried.occurredAt(), this.actor)));
		}
		else if (event instanceof OutcomeReportVerified verified) {
			this.draft.changeReport(verified.reportId(),
					(report) -> report.verified(verified.notes(), verified.occurredAt(), this.actor));
		}
		else if (event instanceof OutcomeReportCorrected corrected) {
			this.draft.changeReport(corrected.correctsReportId(),
					(report) -> report.supersededBy(corrected.reportId()));
			this.draft.outcomeReports.add(new OutcomeReport(corrected.reportId(), corrected.providerPartyId(),
					this.draft.partyName(corrected.providerPartyId()), corrected.measureId(),
					this.draft.measureName(corrected.measureId()), corrected.period(), corrected.value(), null,
					OutcomeReportStatus.REPORTED, corrected.occurredAt(), this.actor, null, null, null, null,
					corrected.correctsReportId(), corrected.reason(), null));
		}
		else {
			return false;
		}
		return true;
	}

	private boolean paymentsAndDisputes(PartnershipEvent event) {
		if (event instanceof PaymentScheduled scheduled) {
			this.draft.payments.add(new Payment(scheduled.paymentId(), scheduled.kind(), scheduled.amount(),
					scheduled.dueOn(), scheduled.linkedReportIds(), scheduled.description(), PaymentStatus.SCHEDULED,
					scheduled.occurredAt(), this.actor, null, null, null, null));
		}
		else if (event instanceof PaymentMade made) {
			this.draft.changePayment(made.paymentId(),
					(payment) -> payment.made(made.amount(), made.paidOn(), made.reference()));
		}
		else if (event instanceof PaymentAdjusted adjusted) {
			this.draft.changePayment(adjusted.paymentId(),
					(payment) -> payment.adjusted(new PaymentAdjustment(adjusted.adjustmentId(), adjusted.kind(),
							adjusted.amount(), adjusted.reason(), adjusted.occurredAt(), this.actor)));
		}
		else if (event instanceof DisputeRaised raised) {
			this.draft.disputes.add(new Dispute(raised.disputeId(), raised.raisedByPartyId(),
					this.draft.partyName(raised.raisedByPartyId()), raised.partyIds(), raised.subject(),
					raised.description(), raised.principlesAllegedlyBreached(), raised.step(), raised.occurredAt(),
					this.actor, null, null));
		}
		else if (event instanceof DisputeEscalated escalated) {
			this.draft.changeDispute(escalated.disputeId(),
					(dispute) -> dispute.escalated(new DisputeEscalation(escalated.fromStep(), escalated.toStep(),
							escalated.governanceVersion(), escalated.reason(), escalated.occurredAt(), this.actor)));
		}
		else if (event instanceof DisputeResolved resolved) {
			this.draft.changeDispute(resolved.disputeId(),
					(dispute) -> dispute.resolvedWith(new DisputeResolution(resolved.agreedByPartyIds(),
							resolved.resolution(), resolved.occurredAt(), this.actor)));
		}
		else {
			return false;
		}
		return true;
	}

	private boolean accountability(PartnershipEvent event) {
		if (event instanceof TransparencyNoticeRecorded recorded) {
			this.draft.notices
				.add(new TransparencyNotice(recorded.noticeId(), recorded.noticeType(), recorded.reference(),
						recorded.publishedOn(), recorded.relatesTo(), recorded.occurredAt(), this.actor));
		}
		else if (event instanceof AuditFindingRaised raised) {
			this.draft.auditFindings.add(new AuditFinding(raised.findingId(), raised.scope(), raised.asOf(),
					raised.finding(), raised.severity(), raised.recommendation(), raised.eventRefs(),
					raised.occurredAt(), this.actor, null));
		}
		else if (event instanceof AuditFindingResponded responded) {
			this.draft.changeFinding(responded.findingId(), (finding) -> finding.respondedWith(
					new AuditResponse(responded.response(), responded.accepted(), responded.occurredAt(), this.actor)));
		}
		else {
			return false;
		}
		return true;
	}

	/** The contract now, starting from the contract as concluded. */
	private ContractNow contractNow() {
		if (this.draft.contractNow != null) {
			return this.draft.contractNow;
		}
		if (this.draft.contract == null) {
			throw new IllegalArgumentException("The partnership has no contract to change");
		}
		return ContractNow.of(this.draft.contract);
	}

}
