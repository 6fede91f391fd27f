package org.partnershipledger.query.overview;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.api.StaleReads;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.OverviewRead;
import org.partnershipledger.query.partnership.PartnershipOverview;

/** {@code GET /api/v1/partnerships/{id}}: one partnership's overview. */
@RestController
@Tag(name = "Partnerships")
class OverviewApiController {

	private final OverviewQueries queries;

	OverviewApiController(OverviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/partnerships/{partnershipId}")
	@Operation(summary = "A partnership's overview",
			description = "404 when it is unknown or you may not see it. With minVersion, waits up to 5 s for that "
					+ "version and otherwise answers with what it has and X-Ledger-Stale: true, or, when the views "
					+ "do not have the partnership yet, 503 with Retry-After.")
	ResponseEntity<PartnershipOverview> overview(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Long minVersion) {
		OverviewRead read = this.queries.visible(user.identity(), partnershipId, minVersion)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return StaleReads.ok(read.overview(), read.stale());
	}

}
