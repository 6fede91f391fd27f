package org.partnershipledger.query.portfolio;

import java.time.Clock;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.identity.LedgerUser;

/** {@code GET /api/v1/dashboard}: the portfolio's models and drift at a glance. */
@RestController
@Tag(name = "Partnerships")
class DashboardApiController {

	private final PortfolioRepository portfolios;

	private final Clock clock;

	DashboardApiController(PortfolioRepository portfolios, Clock clock) {
		this.portfolios = portfolios;
		this.clock = clock;
	}

	@GetMapping("/api/v1/dashboard")
	@Operation(summary = "Partnerships by chosen and recommended model, and which diverge",
			description = "Counts over every partnership you may see; the filters (chosenModel, divergent, "
					+ "justified) narrow only `partnerships`, which lists the longest divergence first. "
					+ "justified=true: divergent with a departure justification; false: divergent without one. "
					+ "overdue, redHealth (latest relational health check RED) and reassessmentDue narrow to "
					+ "partnerships that need attention today (true) or do not (false).")
	Dashboard dashboard(@AuthenticationPrincipal LedgerUser user,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent, @RequestParam(required = false) Boolean justified,
			@RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean redHealth,
			@RequestParam(required = false) Boolean reassessmentDue) {
		return Dashboard.of(this.portfolios.visible(user.identity(), PortfolioFilter.NONE),
				new DashboardFilter(chosenModel, divergent, justified, overdue, redHealth, reassessmentDue),
				this.clock.instant());
	}

}
