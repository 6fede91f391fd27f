package org.partnershipledger.query.portfolio;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartnershipStatus;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.identity.LedgerUser;

/** {@code GET /api/v1/partnerships}: the partnerships the person may see. */
@RestController
@Tag(name = "Partnerships")
class PortfolioApiController {

	private final PortfolioRepository portfolios;

	private final PortfolioHistory history;

	PortfolioApiController(PortfolioRepository portfolios, PortfolioHistory history) {
		this.portfolios = portfolios;
		this.history = history;
	}

	@GetMapping("/api/v1/partnerships")
	@Operation(summary = "The partnerships you may see, with their drift from the recommendation")
	List<PortfolioEntry> portfolio(@AuthenticationPrincipal LedgerUser user,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipModel recommendedModel,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent) {
		return this.portfolios.portfolio(user.identity(),
				new PortfolioFilter(status, recommendedModel, chosenModel, divergent));
	}

	@GetMapping(path = "/api/v1/partnerships", params = "asOf")
	@Operation(summary = "The partnerships you may see, as they stood at a moment",
			description = "Each replayed as of the moment on the axis; the filters apply to what it was then, and "
					+ "partnerships that did not exist yet are left out.")
	ResponseEntity<List<PortfolioEntry>> portfolioAsOf(@AuthenticationPrincipal LedgerUser user,
			@Parameter(description = AsOf.DESCRIPTION) @RequestParam String asOf,
			@Parameter(description = AsOf.AXIS_DESCRIPTION) @RequestParam(required = false) String axis,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipModel recommendedModel,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent) {
		AsOf moment = AsOf.parse(asOf, axis);
		if (moment == null) {
			throw new BadParameterException("asOf", AsOf.DESCRIPTION);
		}
		return ResponseEntity.ok()
			.header(AsOf.HEADER, moment.at().toString())
			.header(AsOf.AXIS_HEADER, moment.axis().parameter())
			.body(this.history.portfolio(user.identity(),
					new PortfolioFilter(status, recommendedModel, chosenModel, divergent), moment));
	}

}
