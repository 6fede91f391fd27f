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

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * A commissioner records that a party left. Once the partnership is active under a
 * contract, the departure rests on an agreed party-change adaptation.
 */
@PageController
class PartyDeparturePageController {

	static final String VIEW = "setup/remove-party";

	private static final String PATH = "/partnerships/{id}/parties/{partyId}/departure";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	PartyDeparturePageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping(PATH + "/new")
	String form(@PathVariable String id, @PathVariable String partyId, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("departureForm") RemovePartyForm form, Model model) {
		prepare(id, partyId, user, model);
		return VIEW;
	}

	@PostMapping(PATH + "/new")
	String remove(@PathVariable String id, @PathVariable String partyId, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("departureForm") RemovePartyForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Party party = prepare(id, partyId, user, model);
		RemovePartyRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.REMOVE_PARTY, new Object[] { id, partyId }, request,
				result, RemovePartyForm::formField);
		if (accepted == null) {
			return VIEW;
		}
		return Redirects.toOverview(id, accepted, party.name() + " has left the partnership", redirect);
	}

	private Party prepare(String id, String partyId, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::commissioner,
				"Only a commissioner of this partnership can record that a party left.");
		Party party = permissions.overview()
			.party(partyId)
			.filter((found) -> !found.hasLeft())
			.orElseThrow(() -> new PageNotFoundException("No current party " + partyId));
		PageModel.partnership(model, permissions);
		model.addAttribute("party", party);
		model.addAttribute("lapsing",
				permissions.overview()
					.pendingDecisions()
					.stream()
					.filter((decision) -> decision.bindsPartyIds().contains(partyId))
					.toList());
		model.addAttribute("partyChanges",
				PageModel.adaptationOptions(permissions.overview()
					.adaptations()
					.stream()
					.filter((adaptation) -> adaptation.category() == AdaptationCategory.PARTY_CHANGE
							&& (adaptation.status() == AdaptationStatus.AGREED
									|| adaptation.status() == AdaptationStatus.IMPLEMENTED))
					.toList()));
		return party;
	}

}
