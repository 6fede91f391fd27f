package org.partnershipledger.query.audit;

import java.time.Clock;
import java.util.Optional;

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
import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * Audit findings on pages: an auditor raises one, the only change an auditor makes; the
 * commissioner responds to it once. Both are accepted after closure.
 */
@PageController
class AuditFindingPageController {

	static final String RAISE_VIEW = "audit/raise-finding";

	static final String RESPOND_VIEW = "audit/respond-finding";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	private final EventLogRepository eventLog;

	AuditFindingPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock,
			EventLogRepository eventLog) {
		this.eventLog = eventLog;
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/audit-findings/new")
	String raiseForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("findingForm") RaiseAuditFindingForm form, Model model) {
		prepareRaise(id, user, model);
		return RAISE_VIEW;
	}

	@PostMapping("/partnerships/{id}/audit-findings/new")
	String raise(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("findingForm") RaiseAuditFindingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareRaise(id, user, model);
		RaiseAuditFindingRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return RAISE_VIEW;
		}
		Optional<String> unknown = this.eventLog.firstUnknown(id, request.eventRefs());
		if (unknown.isPresent()) {
			result.rejectValue("eventRefs", "unknown", "There is no event " + unknown.get() + " in this partnership");
			return RAISE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RAISE_FINDING, new Object[] { id }, request, result,
				RaiseAuditFindingForm::formField);
		return (accepted == null) ? RAISE_VIEW
				: Redirects.toOverview(id, accepted, "Audit finding raised: " + request.scope(), redirect);
	}

	@GetMapping("/partnerships/{id}/audit-findings/{fid}/response/new")
	String respondForm(@PathVariable String id, @PathVariable String fid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("findingForm") RespondToFindingForm form, Model model) {
		prepareRespond(id, fid, user, model);
		return RESPOND_VIEW;
	}

	@PostMapping("/partnerships/{id}/audit-findings/{fid}/response/new")
	String respond(@PathVariable String id, @PathVariable String fid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("findingForm") RespondToFindingForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		AuditFinding finding = prepareRespond(id, fid, user, model);
		RespondToAuditFindingRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return RESPOND_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RESPOND_TO_FINDING, new Object[] { id, fid }, request,
				result, RespondToFindingForm::formField);
		return (accepted == null) ? RESPOND_VIEW : Redirects.toOverview(id, accepted,
				"Response recorded to the finding on " + finding.scope(), redirect);
	}

	private void prepareRaise(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canRaiseFinding,
				"Only an auditor can raise an audit finding.");
		PageModel.partnership(model, permissions);
		model.addAttribute("severities", Option.of(FindingSeverity.class));
	}

	private AuditFinding prepareRespond(String id, String fid, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.AUDIT_FINDING, fid));
		AuditFinding finding = permissions.overview()
			.auditFindings()
			.stream()
			.filter((candidate) -> candidate.findingId().equals(fid))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No audit finding " + fid));
		if (!permissions.canRespondTo(finding)) {
			throw new PageForbiddenException(
					"Only a commissioner of this partnership responds to an audit finding, once.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("finding", finding);
		model.addAttribute("yesNo", Option.yesNo());
		return finding;
	}

}
