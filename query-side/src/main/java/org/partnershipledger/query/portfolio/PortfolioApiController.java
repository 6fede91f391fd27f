package org.partnershipledger.query.portfolio;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipStatus;

/** {@code GET /api/v1/partnerships}: the partnerships the person may see. */
@RestController
@Tag(name = "Partnerships")
class PortfolioApiController {

	private final OverviewRepository overviews;

	PortfolioApiController(OverviewRepository overviews) {
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/partnerships")
	@Operation(summary = "The partnerships you may see, with their drift from the recommendation")
	List<PortfolioEntry> portfolio(@AuthenticationPrincipal LedgerUser user,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipModel recommendedModel,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent) {
		return this.overviews.portfolio(user.identity(),
				new PortfolioFilter(status, recommendedModel, chosenModel, divergent));
	}

}
