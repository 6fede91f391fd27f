package org.partnershipledger.query.portfolio;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.decisions.WaitingDecisions;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.PageController;

/**
 * The start page: the partnerships the person may see, with how each compares with its
 * recommendation, narrowed by status, recommended and chosen model and divergence (the
 * dashboard's cross-table links here), now or (with {@code ?asOf=D&axis=...}) as each
 * stood then, under the joint decisions waiting for the person's organisation. An
 * administrator acts on no partnership, so is sent to the people page.
 */
@PageController
class PortfolioPageController {

	static final String VIEW = "portfolio/portfolio";

	private final PortfolioRepository portfolios;

	private final PortfolioHistory history;

	private final WaitingDecisions waiting;

	PortfolioPageController(PortfolioRepository portfolios, PortfolioHistory history, WaitingDecisions waiting) {
		this.portfolios = portfolios;
		this.history = history;
		this.waiting = waiting;
	}

	@GetMapping("/")
	String portfolio(@AuthenticationPrincipal LedgerUser user, @RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipModel recommendedModel,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent, @RequestParam(required = false) String asOf,
			@RequestParam(required = false) String axis, Model model) {
		UserRole role = user.identity().role();
		if (role == UserRole.ADMIN) {
			return "redirect:/admin/users";
		}
		PortfolioFilter filter = new PortfolioFilter(status, recommendedModel, chosenModel, divergent);
		model.addAttribute("filter", filter);
		model.addAttribute("models", PartnershipModel.values());
		model.addAttribute("statuses", PartnershipStatus.values());
		model.addAttribute("asOfAsked", asOf);
		model.addAttribute("asOfAxis", axis);
		AsOf moment = null;
		try {
			moment = AsOf.parse(asOf, axis);
		}
		catch (BadParameterException ex) {
			model.addAttribute("asOfProblem", ex.getMessage());
		}
		model.addAttribute("asOf", moment);
		model.addAttribute("entries", (moment != null) ? this.history.portfolio(user.identity(), filter, moment)
				: this.portfolios.portfolio(user.identity(), filter));
		model.addAttribute("waiting", this.waiting.waitingFor(user.identity()));
		model.addAttribute("canRegister", role == UserRole.COMMISSIONER);
		model.addAttribute("auditor", role == UserRole.AUDITOR);
		return VIEW;
	}

}
