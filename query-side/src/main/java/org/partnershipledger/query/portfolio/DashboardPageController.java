package org.partnershipledger.query.portfolio;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import org.partnershipledger.api.identity.UserRole;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.PageController;

/**
 * The portfolio dashboard: partnerships by chosen and recommended model, and which
 * diverge, since when and whether justified. The filters are a plain GET form, so they
 * work without JavaScript.
 */
@PageController
class DashboardPageController {

	static final String VIEW = "portfolio/dashboard";

	private final PortfolioRepository portfolios;

	private final Clock clock;

	DashboardPageController(PortfolioRepository portfolios, Clock clock) {
		this.portfolios = portfolios;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	String dashboard(@AuthenticationPrincipal LedgerUser user,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent, @RequestParam(required = false) Boolean justified,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean redHealth,
			@RequestParam(required = false) Boolean reassessmentDue, Model model) {
		if (user.identity().role() == UserRole.ADMIN) {
			return "redirect:/admin/users";
		}
		DashboardFilter filter = new DashboardFilter(chosenModel, divergent, justified, overdue, redHealth,
				reassessmentDue);
		model.addAttribute("dashboard", Dashboard.of(this.portfolios.visible(user.identity(), PortfolioFilter.NONE),
				filter, this.clock.instant()));
		model.addAttribute("models", PartnershipModel.values());
		model.addAttribute("auditor", user.identity().role() == UserRole.AUDITOR);
		return VIEW;
	}

}
