package org.partnershipledger.query.money;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * The end of a partnership on pages: the commissioner ends the contract, so the
 * partnership is exiting, then closes it with a summary and its lessons.
 */
@PageController
class ExitPageController {

	static final String TERMINATE_VIEW = "money/terminate-contract";

	static final String CLOSE_VIEW = "money/close-partnership";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	ExitPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/contract/termination/new")
	String terminateForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("exitForm") TerminateContractForm form, Model model) {
		prepareTerminate(id, user, model);
		return TERMINATE_VIEW;
	}

	@PostMapping("/partnerships/{id}/contract/termination/new")
	String terminate(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("exitForm") TerminateContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareTerminate(id, user, model);
		TerminateContractRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return TERMINATE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.TERMINATE_CONTRACT, new Object[] { id }, request,
				result, TerminateContractForm::formField);
		return (accepted == null) ? TERMINATE_VIEW : Redirects.toOverview(id, accepted,
				"The contract ends on " + LedgerPages.longDate(request.terminationDate()), redirect);
	}

	@GetMapping("/partnerships/{id}/closure/new")
	String closeForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("exitForm") ClosePartnershipForm form, Model model) {
		prepareClose(id, user, model);
		return CLOSE_VIEW;
	}

	@PostMapping("/partnerships/{id}/closure/new")
	String close(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("exitForm") ClosePartnershipForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareClose(id, user, model);
		ClosePartnershipRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return CLOSE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CLOSE_PARTNERSHIP, new Object[] { id }, request,
				result, ClosePartnershipForm::formField);
		return (accepted == null) ? CLOSE_VIEW : Redirects.toOverview(id, accepted, "Partnership closed", redirect);
	}

	private void prepareTerminate(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canTerminateContract,
				"Only a commissioner of this partnership ends its contract, while it is active.");
		PageModel.partnership(model, permissions);
		model.addAttribute("reasons", Option.of(TerminationReason.class));
	}

	private void prepareClose(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canClose,
				"Only a commissioner of this partnership closes it, once it is exiting.");
		PageModel.partnership(model, permissions);
	}

}
