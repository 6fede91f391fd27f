package org.partnershipledger.query.money;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AdjustPaymentRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.MakePaymentRequest;
import org.partnershipledger.api.SchedulePaymentRequest;
import org.partnershipledger.events.relational.OutcomeReportStatus;
import org.partnershipledger.events.relational.PaymentAdjustmentKind;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.Payment;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.Numbers;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Pounds;
import org.partnershipledger.query.web.Redirects;

/**
 * Payments on pages, where money changes hands: the commissioner schedules a payment (an
 * outcome payment on the reports it pays for), records it as made, and adjusts it.
 */
@PageController
class PaymentPageController {

	static final String SCHEDULE_VIEW = "money/schedule-payment";

	static final String MADE_VIEW = "money/make-payment";

	static final String ADJUST_VIEW = "money/adjust-payment";

	private static final String WHO_MAY = "Only a commissioner of this partnership records its payments, while it is "
			+ "active or exiting, and never on an alignment partnership.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	PaymentPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/payments/new")
	String scheduleForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") SchedulePaymentForm form, Model model) {
		prepareSchedule(id, user, model);
		return SCHEDULE_VIEW;
	}

	@PostMapping("/partnerships/{id}/payments/new")
	String schedule(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") SchedulePaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareSchedule(id, user, model);
		SchedulePaymentRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return SCHEDULE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.SCHEDULE_PAYMENT, new Object[] { id }, request,
				result, SchedulePaymentForm::formField);
		return (accepted == null) ? SCHEDULE_VIEW
				: Redirects.toOverview(id, accepted, "Payment of " + LedgerPages.moneyText(request.amount())
						+ " scheduled for " + LedgerPages.longDate(request.dueOn()), redirect);
	}

	@GetMapping("/partnerships/{id}/payments/{pid}/made/new")
	String madeForm(@PathVariable String id, @PathVariable String pid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") MakePaymentForm form, Model model) {
		Payment payment = preparePayment(id, pid, user, model, true);
		if (form.getAmount() == null) {
			form.setAmount(Pounds.text(payment.amount()));
		}
		return MADE_VIEW;
	}

	@PostMapping("/partnerships/{id}/payments/{pid}/made/new")
	String made(@PathVariable String id, @PathVariable String pid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") MakePaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		preparePayment(id, pid, user, model, true);
		MakePaymentRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return MADE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.MAKE_PAYMENT, new Object[] { id, pid }, request,
				result, MakePaymentForm::formField);
		return (accepted == null) ? MADE_VIEW
				: Redirects.toOverview(id, accepted, "Payment of " + LedgerPages.moneyText(request.amount())
						+ " made on " + LedgerPages.longDate(request.paidOn()), redirect);
	}

	@GetMapping("/partnerships/{id}/payments/{pid}/adjustments/new")
	String adjustForm(@PathVariable String id, @PathVariable String pid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") AdjustPaymentForm form, Model model) {
		preparePayment(id, pid, user, model, false);
		return ADJUST_VIEW;
	}

	@PostMapping("/partnerships/{id}/payments/{pid}/adjustments/new")
	String adjust(@PathVariable String id, @PathVariable String pid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("paymentForm") AdjustPaymentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		preparePayment(id, pid, user, model, false);
		AdjustPaymentRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return ADJUST_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.ADJUST_PAYMENT, new Object[] { id, pid }, request,
				result, AdjustPaymentForm::formField);
		return (accepted == null) ? ADJUST_VIEW : Redirects.toOverview(id, accepted,
				Labels.of(request.kind()) + " of " + LedgerPages.moneyText(request.amount()) + " recorded", redirect);
	}

	private void prepareSchedule(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canSchedulePayment, WHO_MAY);
		PageModel.partnership(model, permissions);
		List<Option> reports = reportOptions(permissions.overview());
		model.addAttribute("kinds", List.of(
				new Option(PaymentKind.OUTCOME.name(), Labels.of(PaymentKind.OUTCOME),
						reports.isEmpty() ? "Paid only on verified outcome reports; there are none yet"
								: "Paid only on verified outcome reports: select them below"),
				Option.of(PaymentKind.MILESTONE.name(), Labels.of(PaymentKind.MILESTONE)),
				Option.of(PaymentKind.REGULAR.name(), Labels.of(PaymentKind.REGULAR)),
				Option.of(PaymentKind.OTHER.name(), Labels.of(PaymentKind.OTHER))));
		model.addAttribute("reportOptions", reports);
	}

	/** Reports a payment may pay for: all but those replaced by a correction. */
	private static List<Option> reportOptions(PartnershipOverview overview) {
		return overview.outcomeReports()
			.stream()
			.filter((report) -> report.status() != OutcomeReportStatus.SUPERSEDED)
			.map((report) -> Option.of(report.reportId(),
					((report.measureName() != null) ? report.measureName() : report.measureId()) + ", "
							+ LedgerPages.periodText(report.period()) + ": " + Numbers.text(report.value()) + " ("
							+ Labels.of(report.status()).toLowerCase(Locale.UK) + ")"))
			.toList();
	}

	private Payment preparePayment(String id, String pid, LedgerUser user, Model model, boolean making) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.PAYMENT, pid));
		Payment payment = permissions.overview()
			.payments()
			.stream()
			.filter((candidate) -> candidate.paymentId().equals(pid))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No payment " + pid));
		if (making ? !permissions.canMakePayment(payment) : !permissions.canAdjustPayment(payment)) {
			throw new PageForbiddenException(making ? WHO_MAY + " A payment is recorded as made once." : WHO_MAY);
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("payment", payment);
		model.addAttribute("adjustmentKinds", List.of(
				new Option(PaymentAdjustmentKind.SERVICE_CREDIT.name(), Labels.of(PaymentAdjustmentKind.SERVICE_CREDIT),
						"Deducted because the service fell short of what was agreed"),
				new Option(PaymentAdjustmentKind.CLAWBACK.name(), Labels.of(PaymentAdjustmentKind.CLAWBACK),
						"Recovered after it was paid"),
				new Option(PaymentAdjustmentKind.WITHHELD.name(), Labels.of(PaymentAdjustmentKind.WITHHELD),
						"Held back until something is put right"),
				new Option(PaymentAdjustmentKind.RELEASED.name(), Labels.of(PaymentAdjustmentKind.RELEASED),
						"Paid after being withheld")));
		return payment;
	}

}
