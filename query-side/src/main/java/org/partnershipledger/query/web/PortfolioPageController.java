package org.partnershipledger.query.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import org.partnershipledger.events.identity.UserRole;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.overview.OverviewRepository;

/**
 * The start page: the partnerships the person may see, with how each compares with its
 * recommendation. An administrator acts on no partnership, so is sent to the people page.
 */
@Controller
class PortfolioPageController {

	static final String VIEW = "portfolio";

	private final OverviewRepository overviews;

	PortfolioPageController(OverviewRepository overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/")
	String portfolio(@AuthenticationPrincipal LedgerUser user, Model model) {
		UserRole role = user.identity().role();
		if (role == UserRole.ADMIN) {
			return "redirect:/admin/users";
		}
		model.addAttribute("entries", this.overviews.portfolio(user.identity()));
		model.addAttribute("canRegister", role == UserRole.COMMISSIONER);
		model.addAttribute("auditor", role == UserRole.AUDITOR);
		return VIEW;
	}

}
