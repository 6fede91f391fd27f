package org.partnershipledger.query.money;

import java.time.Clock;
import java.util.function.BiPredicate;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * Outcome reports on pages: a provider reports for its own party and corrects its own
 * reports; the commissioner verifies a report, so it may be paid on, or queries it.
 */
@PageController
class OutcomeReportPageController {

	static final String REPORT_VIEW = "money/report-outcome";

	static final String VERIFY_VIEW = "money/verify-report";

	static final String QUERY_VIEW = "money/query-report";

	static final String CORRECT_VIEW = "money/correct-report";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	OutcomeReportPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/outcome-reports/new")
	String reportForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") ReportOutcomeForm form, Model model) {
		prepareReport(id, user, model);
		return REPORT_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-reports/new")
	String report(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") ReportOutcomeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepareReport(id, user, model);
		ReportOutcomeRequest request = form.toRequest(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return REPORT_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.REPORT_OUTCOME, new Object[] { id }, request, result,
				ReportOutcomeForm::formField);
		return (accepted == null) ? REPORT_VIEW
				: Redirects.toOverview(id, accepted,
						"Outcome reported for " + LedgerPages.longDate(request.period().startDate()) + " to "
								+ LedgerPages.longDate(request.period().endDate()),
						redirect);
	}

	@GetMapping("/partnerships/{id}/outcome-reports/{rid}/verification/new")
	String verifyForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") VerifyReportForm form, Model model) {
		commissionersReport(id, rid, user, model, Permissions::canVerify);
		return VERIFY_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-reports/{rid}/verification/new")
	String verify(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") VerifyReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		commissionersReport(id, rid, user, model, Permissions::canVerify);
		VerifyOutcomeReportRequest request = form.toVerification(result, this.clock);
		if (request == null) {
			return VERIFY_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.VERIFY_REPORT, new Object[] { id, rid }, request,
				result, VerifyReportForm::formField);
		return (accepted == null) ? VERIFY_VIEW
				: Redirects.toOverview(id, accepted, "Outcome report verified", redirect);
	}

	@GetMapping("/partnerships/{id}/outcome-reports/{rid}/query/new")
	String queryForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") VerifyReportForm form, Model model) {
		commissionersReport(id, rid, user, model, Permissions::canQuery);
		return QUERY_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-reports/{rid}/query/new")
	String query(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") VerifyReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		commissionersReport(id, rid, user, model, Permissions::canQuery);
		QueryOutcomeReportRequest request = form.toQuery(result, this.clock);
		if (request == null) {
			return QUERY_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.QUERY_REPORT, new Object[] { id, rid }, request,
				result, VerifyReportForm::formField);
		return (accepted == null) ? QUERY_VIEW : Redirects.toOverview(id, accepted, "Outcome report queried", redirect);
	}

	@GetMapping("/partnerships/{id}/outcome-reports/{rid}/correction/new")
	String correctForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") CorrectReportForm form, Model model) {
		providersReport(id, rid, user, model);
		return CORRECT_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-reports/{rid}/correction/new")
	String correct(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reportForm") CorrectReportForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		providersReport(id, rid, user, model);
		CorrectOutcomeReportRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return CORRECT_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CORRECT_REPORT, new Object[] { id, rid }, request,
				result, CorrectReportForm::formField);
		return (accepted == null) ? CORRECT_VIEW
				: Redirects.toOverview(id, accepted, "Outcome report corrected", redirect);
	}

	private Permissions prepareReport(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canReportOutcome,
				"Only a provider party reports its own outcomes, on a defined measure, while the partnership is "
						+ "active or exiting.");
		PageModel.partnership(model, permissions);
		model.addAttribute("measureOptions", PageModel.measureOptions(permissions.overview()));
		return permissions;
	}

	private OutcomeReport commissionersReport(String id, String rid, LedgerUser user, Model model,
			BiPredicate<Permissions, OutcomeReport> allowed) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.OUTCOME_REPORT, rid));
		OutcomeReport report = report(permissions, rid);
		if (!allowed.test(permissions, report)) {
			throw new PageForbiddenException("Only a commissioner of this partnership verifies an outcome report "
					+ "before it is verified or corrected, and queries it once, before that.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("report", report);
		return report;
	}

	private void providersReport(String id, String rid, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.OUTCOME_REPORT, rid));
		OutcomeReport report = report(permissions, rid);
		if (!permissions.canCorrect(report)) {
			throw new PageForbiddenException("Only the provider party that reported it corrects an outcome report, "
					+ "once, while the partnership is active or exiting.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("report", report);
	}

	private static OutcomeReport report(Permissions permissions, String rid) {
		return permissions.overview()
			.outcomeReports()
			.stream()
			.filter((candidate) -> candidate.reportId().equals(rid))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No outcome report " + rid));
	}

}
