package org.partnershipledger.query.evolution;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;

/**
 * How one partnership's arrangement evolved against the framework's recommendation: the
 * chart, its periods as a table, and the adaptations and iterations per quarter.
 */
@PageController
public class EvolutionPageController {

	static final String VIEW = "evolution/evolution";

	private final PartnershipLookup partnerships;

	private final Clock clock;

	EvolutionPageController(PartnershipLookup partnerships, Clock clock) {
		this.partnerships = partnerships;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/evolution")
	String evolution(@PathVariable String id, @AuthenticationPrincipal LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user, this.partnerships.visibleWhole(id, user));
		PageModel.partnership(model, permissions);
		PartnershipOverview overview = permissions.overview();
		model.addAttribute("chart", EvolutionChart.of(overview.evolution(), this.clock.instant(), BusinessCalendar.UK));
		model.addAttribute("quarters", QuarterActivity.of(overview, BusinessCalendar.UK));
		model.addAttribute("healthTrend", HealthTrend.of(overview));
		return VIEW;
	}

}
