package org.partnershipledger.command.partnership;

import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.FieldProblem;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.command.partnership.MoneyCommands.AdjustPayment;
import org.partnershipledger.command.partnership.MoneyCommands.CorrectOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.MakePayment;
import org.partnershipledger.command.partnership.MoneyCommands.QueryOutcomeReport;
import org.partnershipledger.command.partnership.MoneyCommands.ReportOutcome;
import org.partnershipledger.command.partnership.MoneyCommands.SchedulePayment;
import org.partnershipledger.command.partnership.MoneyCommands.VerifyOutcomeReport;
import org.partnershipledger.events.OutcomeReportCorrected;
import org.partnershipledger.events.OutcomeReportQueried;
import org.partnershipledger.events.OutcomeReportVerified;
import org.partnershipledger.events.OutcomeReported;
import org.partnershipledger.events.PaymentAdjusted;
import org.partnershipledger.events.PaymentMade;
import org.partnershipledger.events.PaymentScheduled;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentKind;

import static org.partnershipledger.command.partnership.Guards.existing;
import static org.partnershipledger.command.partnership.Guards.notBefore;
import static org.partnershipledger.command.partnership.Guards.rejectExplaining;
import static org.partnershipledger.command.partnership.Guards.requireStage;
import static org.partnershipledger.command.partnership.Guards.unknown;
import static org.partnershipledger.command.partnership.Guards.unknownMeasures;

/**
 * Outcomes and payments: a provider reports outcomes for its own party, the commissioner
 * verifies or queries them, a correction supersedes a report; payments (none on an
 * alignment partnership) are scheduled, made and adjusted (DOMAIN.md §4, 18–19).
 */
final class MoneyDecisions {

	private MoneyDecisions() {
	}

	static Decision<Long> reportOutcome(PartnershipState state, ReportOutcome command) {
		ReportOutcomeRequest request = command.request();
		Party acting = Acting.providerFor(state, command.identity(), request.providerPartyId());
		requireStage(state, CommandRoute.REPORT_OUTCOME, "reporting an outcome");
		rejectExplaining("The report names no outcome measure of this partnership",
				unknownMeasures(state, List.of(request.measureId()), "measureId"));
		return Decision.of(
				new OutcomeReported(state.partnershipId(), command.reportId(), acting.partyId(), request.measureId(),
						request.period(), request.value(), request.cohortDescription(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> verifyOutcomeReport(PartnershipState state, VerifyOutcomeReport command) {
		Party acting = Acting.commissioner(state, command.identity());
		OutcomeReport report = existing(state.outcomeReports(), command.reportId(), "outcome report");
		requireStage(state, CommandRoute.VERIFY_REPORT, "verifying an outcome report");
		if (!report.status().verifiable()) {
			throw PartnershipRejection.conflict("Outcome report " + report.reportId() + " is " + report.status()
					+ "; only a reported or queried report is verified");
		}
		return Decision.of(new OutcomeReportVerified(state.partnershipId(), report.reportId(),
				command.request().notes(), command.occurredAt()), command.identity(), acting,
				command.request().authority());
	}

	static Decision<Long> queryOutcomeReport(PartnershipState state, QueryOutcomeReport command) {
		Party acting = Acting.commissioner(state, command.identity());
		OutcomeReport report = existing(state.outcomeReports(), command.reportId(), "outcome report");
		requireStage(state, CommandRoute.QUERY_REPORT, "querying an outcome report");
		if (!report.status().queryable()) {
			throw PartnershipRejection.conflict("Outcome report " + report.reportId() + " is " + report.status()
					+ "; only a report not yet verified or queried is queried");
		}
		return Decision.of(new OutcomeReportQueried(state.partnershipId(), report.reportId(),
				command.request().question(), command.occurredAt()), command.identity(), acting,
				command.request().authority());
	}

	/**
	 * A correction is a new report by the provider that reported, superseding the
	 * original, which stays as it was.
	 */
	static Decision<Long> correctOutcomeReport(PartnershipState state, CorrectOutcomeReport command) {
		Party acting = Acting.provider(state, command.identity());
		OutcomeReport original = existing(state.outcomeReports(), command.reportId(), "outcome report");
		if (!original.providerPartyId().equals(acting.partyId())) {
			throw PartnershipRejection.forbidden("Only the provider party that reported it corrects a report");
		}
		requireStage(state, CommandRoute.CORRECT_REPORT, "correcting an outcome report");
		if (!original.status().correctable()) {
			throw PartnershipRejection.conflict("Outcome report " + original.reportId()
					+ " is already corrected; correct the report that replaced it");
		}
		CorrectOutcomeReportRequest request = command.request();
		return Decision.of(new OutcomeReportCorrected(state.partnershipId(), command.correctionReportId(),
				original.reportId(), acting.partyId(), original.measureId(), original.period(), request.value(),
				request.reason(), command.occurredAt()), command.identity(), acting, request.authority());
	}

	/**
	 * An OUTCOME payment links verified reports of this partnership (DOMAIN.md §4, 19); a
	 * payment is made to a supplier of the contract, named or told by its reports or the
	 * contract's only supplier.
	 */
	static Decision<Long> schedulePayment(PartnershipState state, SchedulePayment command) {
		Party acting = Acting.commissioner(state, command.identity());
		noPaymentsOnAlignment(state);
		requireStage(state, CommandRoute.SCHEDULE_PAYMENT, "scheduling a payment");
		SchedulePaymentRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(unknown(state.outcomeReports(), request.linkedReportIds(),
				"linkedReportIds", "Link only outcome reports of this partnership; unknown: "));
		if (request.kind() == PaymentKind.OUTCOME && request.linkedReportIds().isEmpty()) {
			problems
				.add(new FieldProblem("linkedReportIds", "An OUTCOME payment links the outcome reports it pays for"));
		}
		if (request.kind() == PaymentKind.OUTCOME) {
			problems.addAll(unverified(state, request.linkedReportIds()));
		}
		rejectExplaining("The payment breaks a rule of the partnership", problems);
		String payee = Payees.of(state, request.payeePartyId(), request.linkedReportIds());
		return Decision.of(
				new PaymentScheduled(state.partnershipId(), command.paymentId(), request.kind(), request.amount(),
						request.dueOn(), request.linkedReportIds(), request.description(), payee, command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	static Decision<Long> makePayment(PartnershipState state, MakePayment command) {
		Party acting = Acting.commissioner(state, command.identity());
		noPaymentsOnAlignment(state);
		Payment payment = existing(state.payments(), command.paymentId(), "payment");
		requireStage(state, CommandRoute.MAKE_PAYMENT, "making a payment");
		if (payment.made()) {
			throw PartnershipRejection.conflict("Payment " + payment.paymentId() + " is already made");
		}
		anOutcomePaymentIsMadeOnVerifiedReports(state, payment);
		MakePaymentRequest request = command.request();
		rejectExplaining("A payment is not made before it is scheduled",
				notBefore(command.occurredAt(), payment.scheduledAt(), "its schedule"));
		return Decision.of(new PaymentMade(state.partnershipId(), payment.paymentId(), request.amount(),
				request.paidOn(), request.reference(), command.occurredAt()), command.identity(), acting,
				request.authority());
	}

	static Decision<Long> adjustPayment(PartnershipState state, AdjustPayment command) {
		Party acting = Acting.commissioner(state, command.identity());
		noPaymentsOnAlignment(state);
		Payment payment = existing(state.payments(), command.paymentId(), "payment");
		requireStage(state, CommandRoute.ADJUST_PAYMENT, "adjusting a payment");
		AdjustPaymentRequest request = command.request();
		List<FieldProblem> problems = new ArrayList<>(
				notBefore(command.occurredAt(), payment.scheduledAt(), "the payment's schedule"));
		payment.refusal(request.kind(), request.amount())
			.ifPresent((refusal) -> problems.add(new FieldProblem("amount", refusal)));
		rejectExplaining("The adjustment does not fit the payment", problems);
		return Decision.of(
				new PaymentAdjusted(state.partnershipId(), payment.paymentId(), command.adjustmentId(), request.kind(),
						request.amount(), request.reason(), command.occurredAt()),
				command.identity(), acting, request.authority());
	}

	private static void noPaymentsOnAlignment(PartnershipState state) {
		if (state.isAlignment()) {
			throw PartnershipRejection.unprocessable("No payments on an alignment partnership", List.of());
		}
	}

	private static void anOutcomePaymentIsMadeOnVerifiedReports(PartnershipState state, Payment payment) {
		if (payment.kind() == PaymentKind.OUTCOME) {
			rejectExplaining("An OUTCOME payment is made only on verified outcome reports",
					unverified(state, payment.linkedReportIds()));
		}
	}

	/** The linked reports of this partnership that are not verified, as one problem. */
	private static List<FieldProblem> unverified(PartnershipState state, List<String> reportIds) {
		List<String> unverified = reportIds.stream()
			.filter((reportId) -> state.outcomeReports().containsKey(reportId))
			.filter((reportId) -> state.outcomeReports().get(reportId).status() != OutcomeReportStatus.VERIFIED)
			.map((reportId) -> reportId + " (" + state.outcomeReports().get(reportId).status() + ")")
			.toList();
		return unverified.isEmpty() ? List.of() : List.of(new FieldProblem("linkedReportIds",
				"Verify the linked reports first; not verified: " + String.join(", ", unverified)));
	}

}
