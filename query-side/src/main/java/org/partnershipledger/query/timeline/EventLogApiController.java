package org.partnershipledger.query.timeline;

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
import org.partnershipledger.query.api.Paging;
import org.partnershipledger.query.partnership.Page;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.OverviewRead;

/** {@code GET /api/v1/partnerships/{id}/events}: the partnership's events in order. */
@RestController
@Tag(name = "Partnerships")
class EventLogApiController {

	private final OverviewQueries queries;

	private final EventLogRepository eventLog;

	EventLogApiController(OverviewQueries queries, EventLogRepository eventLog) {
		this.queries = queries;
		this.eventLog = eventLog;
	}

	@GetMapping("/api/v1/partnerships/{partnershipId}/events")
	@Operation(
			summary = "A partnership's events in sequence order, each with who, when, under what authority "
					+ "and a plain-English summary",
			description = "Filters: type (an event's wire name), actor (the acting person's username), from and to "
					+ "(the period the events took effect in, by occurredAt: dates such as 2025-04-01 cover the "
					+ "whole day in UK time, or instants in UTC). A bad value is a 400 naming the parameter. A page at a "
					+ "time (page from 0, limit up to " + Page.MAX_LIMIT + ", " + Page.DEFAULT_LIMIT + " by default), "
					+ "the total in X-Total-Count and the next page in Link.")
	ResponseEntity<List<EventLogEntry>> events(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Long minVersion,
			@RequestParam(required = false) String type, @RequestParam(required = false) String actor,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit) {
		TimelineFilter filter = TimelineFilter.parse(type, actor, from, to);
		Page asked = Paging.page(page, limit);
		OverviewRead read = this.queries.visible(user.identity(), partnershipId, minVersion)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		return Paging.ok(this.eventLog.entries(partnershipId, filter, asked, SummaryNames.of(read.overview())), asked,
				this.eventLog.count(partnershipId, filter), read.stale());
	}

}
