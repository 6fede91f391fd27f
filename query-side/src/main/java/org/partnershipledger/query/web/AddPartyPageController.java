package org.partnershipledger.query.web;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.events.api.AddPartyRequest;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;

/** A commissioner adds a party (a provider, funder, investor...) to a partnership. */
@Controller
class AddPartyPageController {

	static final String VIEW = "partnerships/add-party";

	private final PartnershipLookup partnerships;

	private final CommandClient commands;

	private final Clock clock;

	AddPartyPageController(PartnershipLookup partnerships, CommandClient commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("schemes", IdentifierSchemes.options());
		model.addAttribute("partyRoles", Option.of(PartyRole.class));
		model.addAttribute("bases", Option.of(PartyBasis.class));
	}

	@GetMapping("/partnerships/{id}/parties/new")
	String form(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("partyForm") AddPartyForm form, Model model) {
		model.addAttribute("overview", this.partnerships.commissionable(id, user));
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/parties/new")
	String add(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("partyForm") AddPartyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("overview", this.partnerships.commissionable(id, user));
		AddPartyRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		CommandOutcome outcome = this.commands.addParty(user.identity(), id, request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, AddPartyForm::formField);
			return VIEW;
		}
		return Redirects.toOverview(id, outcome.accepted(), request.name() + " added as a party", redirect);
	}

}
