package org.partnershipledger.query.setup;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.AddPartyRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.model.PartyBasis;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.IdentifierSchemes;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/** A commissioner adds a party (a provider, funder, investor...) to a partnership. */
@PageController
class AddPartyPageController {

	static final String VIEW = "setup/add-party";

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
		CommandOutcome outcome = this.commands.send(user.identity(), CommandRoute.ADD_PARTY.internalPath(id), request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, AddPartyForm::formField);
			return VIEW;
		}
		return Redirects.toOverview(id, outcome.accepted(), request.name() + " added as a party", redirect);
	}

}
