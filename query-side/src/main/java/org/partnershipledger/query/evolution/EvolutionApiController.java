package org.partnershipledger.query.evolution;

import java.util.List;

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
import org.partnershipledger.query.partnership.EvolutionPeriod;
import org.partnershipledger.query.partnership.OverviewRead;

/**
 * {@code GET /api/v1/partnerships/{id}/evolution}: the periods of the arrangement against
 * the recommendation, read from the stored overview (the same fold as every other view).
 */
@RestController
@Tag(name = "Partnerships")
class EvolutionApiController {

	private final OverviewQueries queries;

	EvolutionApiController(OverviewQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/v1/partnerships/{partnershipId}/evolution")
	@Operation(summary = "How the arrangement evolved against the recommendation",
			description = "The periods, oldest first: each assessment and each model choice opens one, dated by its "
					+ "business date (occurredAt); `to` is null for the current period. `divergent` when a model is "
					+ "chosen and differs from the latest recommendation; `justified` only for divergent periods "
					+ "(whether the choice in force carries a departure justification), null otherwise. Empty before "
					+ "the first assessment. 404 when the partnership is unknown or you may not see it; minVersion "
					+ "as for the overview.")
	ResponseEntity<List<EvolutionPeriod>> evolution(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Long minVersion) {
		OverviewRead read = this.queries.visible(user.identity(), partnershipId, minVersion)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return StaleReads.ok(read.overview().evolution().periods(), read.stale());
	}

}
