package org.partnershipledger.query.adaptations;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.api.Paging;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.partnership.IterationLogEntry;
import org.partnershipledger.query.partnership.OverviewRead;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.Page;

/**
 * The adaptation register (across the portfolio and per partnership) and a partnership's
 * iteration log.
 */
@RestController
@Tag(name = "Adaptations and iterations")
class AdaptationApiController {

	private final AdaptationRegister register;

	private final OverviewQueries queries;

	private final OverviewRepository overviews;

	AdaptationApiController(AdaptationRegister register, OverviewQueries queries, OverviewRepository overviews) {
		this.register = register;
		this.queries = queries;
		this.overviews = overviews;
	}

	@GetMapping("/api/v1/adaptations")
	@Operation(summary = "The adaptation register across the partnerships you may see, most recently proposed first",
			description = "Filters: category, status, formality. One line per adaptation; the full record is in "
					+ "the partnership's adaptations.")
	List<AdaptationRegisterEntry> portfolio(@AuthenticationPrincipal LedgerUser user,
			@RequestParam(required = false) AdaptationCategory category,
			@RequestParam(required = false) AdaptationStatus status,
			@RequestParam(required = false) AdaptationFormality formality) {
		return this.register.find(user.identity(), new AdaptationFilter(category, status, formality));
	}

	@GetMapping("/api/v1/partnerships/{partnershipId}/adaptations")
	@Operation(
			summary = "A partnership's adaptations in the order proposed, each with its assessment, agreement "
					+ "(body and approvals), rejection or withdrawal, implementation and evaluated effect",
			description = "Filters: category, status, formality. A page at a time (page from 0, limit up to "
					+ Page.MAX_LIMIT + "), the total in X-Total-Count and the next page in Link. 404 when the "
					+ "partnership is unknown or you may not see it. Takes minVersion like every read.")
	ResponseEntity<List<Adaptation>> adaptations(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) AdaptationCategory category,
			@RequestParam(required = false) AdaptationStatus status,
			@RequestParam(required = false) AdaptationFormality formality, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		Page asked = Paging.page(page, limit);
		OverviewRead read = visible(user, partnershipId, minVersion);
		AdaptationFilter filter = new AdaptationFilter(category, status, formality);
		String where = filter.where();
		Map<String, Object> params = filter.params();
		return Paging.ok(
				this.overviews.page(partnershipId, ItemKind.ADAPTATION, Adaptation.class, asked, where, params), asked,
				this.overviews.count(partnershipId, ItemKind.ADAPTATION, where, params), read.stale());
	}

	@GetMapping("/api/v1/partnerships/{partnershipId}/iterations")
	@Operation(
			summary = "A partnership's iteration log in the order recorded: hypothesis, evidence, result and "
					+ "decision, with the adaptations each is linked to (RUNS_UNDER, FOLLOW_UP, TRIGGERED)",
			description = "A page at a time (page from 0, limit up to " + Page.MAX_LIMIT + "), the total in "
					+ "X-Total-Count and the next page in Link. 404 when the partnership is unknown or you may not see "
					+ "it. Takes minVersion like every read.")
	ResponseEntity<List<IterationLogEntry>> iterations(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		Page asked = Paging.page(page, limit);
		OverviewRead read = visible(user, partnershipId, minVersion);
		List<Adaptation> adaptations = this.overviews.page(partnershipId, ItemKind.ADAPTATION, Adaptation.class,
				new Page(0, Page.MAX_LIMIT), null, Map.of());
		List<IterationLogEntry> entries = this.overviews
			.page(partnershipId, ItemKind.ITERATION, Iteration.class, asked, null, Map.of())
			.stream()
			.map((iteration) -> IterationLogEntry.of(iteration, adaptations))
			.toList();
		return Paging.ok(entries, asked, read.overview().total(ItemKind.ITERATION), read.stale());
	}

	private OverviewRead visible(LedgerUser user, String partnershipId, Long minVersion) {
		return this.queries.visible(user.identity(), partnershipId, minVersion)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
	}

}
