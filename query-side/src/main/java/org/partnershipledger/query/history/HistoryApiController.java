package org.partnershipledger.query.history;

import java.util.List;
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

import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.OverviewQueries;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.PartnershipStatus;
import org.partnershipledger.query.portfolio.PortfolioEntry;
import org.partnershipledger.query.portfolio.PortfolioFilter;

/**
 * {@code GET /api/v1/partnerships/{id}?asOf=...&axis=recorded|effective} and
 * {@code GET /api/v1/partnerships?asOf=...}: the overview and the portfolio as they
 * stood. Without {@code asOf} the live read answers.
 */
@RestController
@Tag(name = "Partnerships")
class HistoryApiController {

	/** The moment the answer stands at, in UTC. */
	static final String AS_OF_HEADER = "X-Ledger-As-Of";

	static final String AXIS_HEADER = "X-Ledger-Axis";

	/**
	 * The sequence numbers of the events in effect by then but recorded after it: where
	 * the two axes differ. Absent when they agree.
	 */
	static final String RECORDED_LATER_HEADER = "X-Ledger-Recorded-Later";

	private static final String AS_OF = "A date (2025-04-01, meaning the end of that day in UK time) or an instant "
			+ "in UTC (2025-04-01T09:30:00Z)";

	private static final String AXIS = "recorded (default): events recorded by then; effective: events that took "
			+ "effect by then, including those recorded later";

	private final OverviewQueries queries;

	private final OverviewHistory history;

	HistoryApiController(OverviewQueries queries, OverviewHistory history) {
		this.queries = queries;
		this.history = history;
	}

	@GetMapping(path = "/api/v1/partnerships/{partnershipId}", params = "asOf")
	@Operation(summary = "A partnership's overview as it stood at a moment",
			description = "Replayed from its events by the same fold as the live overview. 404 when it is unknown, "
					+ "you may not see it, or it had no event by then on that axis. The headers " + AS_OF_HEADER
					+ " and " + AXIS_HEADER + " say what was asked; " + RECORDED_LATER_HEADER
					+ " lists the events in effect by then but recorded after it, where the two axes differ.")
	ResponseEntity<PartnershipOverview> overviewAsOf(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @Parameter(description = AS_OF) @RequestParam String asOf,
			@Parameter(description = AXIS) @RequestParam(required = false) String axis) {
		AsOf moment = AsOf.parse(asOf, axis);
		if (moment == null) {
			throw new BadParameterException("asOf", AS_OF);
		}
		PartnershipOverview live = this.queries.visible(user.identity(), partnershipId, null)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId))
			.overview();
		OverviewAsOf found = this.history.asOf(live, moment)
			.orElseThrow(() -> new NotFoundException(
					"Partnership " + partnershipId + " had no " + moment.axis().parameter() + " event by " + asOf));
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.header(AS_OF_HEADER, moment.at().toString())
			.header(AXIS_HEADER, moment.axis().parameter());
		if (found.axesDiffer()) {
			response.header(RECORDED_LATER_HEADER,
					found.recordedLater()
						.stream()
						.map((late) -> Long.toString(late.sequenceNumber()))
						.collect(Collectors.joining(",")));
		}
		return response.body(found.overview());
	}

	@GetMapping(path = "/api/v1/partnerships", params = "asOf")
	@Operation(summary = "The partnerships you may see, as they stood at a moment",
			description = "Each replayed as of the moment on the axis; the filters apply to what it was then, and "
					+ "partnerships that did not exist yet are left out.")
	ResponseEntity<List<PortfolioEntry>> portfolioAsOf(@AuthenticationPrincipal LedgerUser user,
			@Parameter(description = AS_OF) @RequestParam String asOf,
			@Parameter(description = AXIS) @RequestParam(required = false) String axis,
			@RequestParam(required = false) PartnershipStatus status,
			@RequestParam(required = false) PartnershipModel recommendedModel,
			@RequestParam(required = false) PartnershipModel chosenModel,
			@RequestParam(required = false) Boolean divergent) {
		AsOf moment = AsOf.parse(asOf, axis);
		if (moment == null) {
			throw new BadParameterException("asOf", AS_OF);
		}
		return ResponseEntity.ok()
			.header(AS_OF_HEADER, moment.at().toString())
			.header(AXIS_HEADER, moment.axis().parameter())
			.body(this.history.portfolio(user.identity(),
					new PortfolioFilter(status, recommendedModel, chosenModel, divergent), moment));
	}

}
