package org.partnershipledger.query.history;

import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.PartnershipOverview;

/**
 * {@code GET /api/v1/partnerships/{id}?asOf=...&axis=recorded|effective} and
 * {@code GET /api/v1/partnerships?asOf=...}: the overview and the portfolio as they
 * stood. Without {@code asOf} the live read answers.
 */
@RestController
@Tag(name = "Partnerships")
class HistoryApiController {

	private final OverviewQueries queries;

	private final OverviewHistory history;

	HistoryApiController(OverviewQueries queries, OverviewHistory history) {
		this.queries = queries;
		this.history = history;
	}

	@GetMapping(path = "/api/v1/partnerships/{partnershipId}", params = "asOf")
	@Operation(summary = "A partnership's overview as it stood at a moment",
			description = "Replayed from its events by the same fold as the live overview. 404 when it is unknown, "
					+ "you may not see it, or it had no event by then on that axis. The headers " + AsOf.HEADER
					+ " and " + AsOf.AXIS_HEADER + " say what was asked; " + AsOf.RECORDED_LATER_HEADER
					+ " lists the events in effect by then but recorded after it, where the two axes differ.")
	ResponseEntity<PartnershipOverview> overviewAsOf(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @Parameter(description = AsOf.DESCRIPTION) @RequestParam String asOf,
			@Parameter(description = AsOf.AXIS_DESCRIPTION) @RequestParam(required = false) String axis) {
		AsOf moment = AsOf.parse(asOf, axis);
		if (moment == null) {
			throw new BadParameterException("asOf", AsOf.DESCRIPTION);
		}
		PartnershipOverview live = this.queries.visible(user.identity(), partnershipId, null)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId))
			.overview();
		OverviewAsOf found = this.history.asOf(live, moment)
			.orElseThrow(() -> new NotFoundException(
					"Partnership " + partnershipId + " had no " + moment.axis().parameter() + " event by " + asOf));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(AsOf.HEADER, moment.at().toString())
			.header(AsOf.AXIS_HEADER, moment.axis().parameter());
		if (found.axesDiffer()) {
			response.header(AsOf.RECORDED_LATER_HEADER,
					found.recordedLater()
						.stream()
						.map((late) -> Long.toString(late.sequenceNumber()))
						.collect(Collectors.joining(",")));
		}
		return response.body(found.overview());
	}

}
