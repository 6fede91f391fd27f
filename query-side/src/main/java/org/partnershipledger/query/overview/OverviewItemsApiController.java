package org.partnershipledger.query.overview;

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

import org.partnershipledger.query.access.OverviewQueries;
import org.partnershipledger.query.api.NotFoundException;
import org.partnershipledger.query.api.Paging;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Assessment;
import org.partnershipledger.query.partnership.AuditFinding;
import org.partnershipledger.query.partnership.ContractExtension;
import org.partnershipledger.query.partnership.ContractVariation;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.OutcomeReport;
import org.partnershipledger.query.partnership.OverviewRead;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.Page;
import org.partnershipledger.query.partnership.Payment;
import org.partnershipledger.query.partnership.Review;
import org.partnershipledger.query.partnership.TransparencyNotice;

/**
 * A partnership's items a page at a time, in the order they came: the overview shows a
 * window of each kind (its active items and its latest) with their totals, these lists
 * show all of them. Each answer says the total in {@code X-Total-Count} and links the
 * next page.
 */
@RestController
@Tag(name = "Partnerships")
class OverviewItemsApiController {

	private static final String BASE = "/api/v1/partnerships/{partnershipId}";

	private static final String PAGED = "A page of them in the order they came (page from 0, limit up to "
			+ Page.MAX_LIMIT + ", " + Page.DEFAULT_LIMIT + " by default), the total in X-Total-Count and the next "
			+ "page in Link. 404 when the partnership is unknown or you may not see it. Takes minVersion like every "
			+ "read.";

	private final OverviewQueries queries;

	private final OverviewRepository overviews;

	OverviewItemsApiController(OverviewQueries queries, OverviewRepository overviews) {
		this.queries = queries;
		this.overviews = overviews;
	}

	@GetMapping(BASE + "/assessments")
	@Operation(summary = "A partnership's assessments of the service, with their recommendations", description = PAGED)
	ResponseEntity<List<Assessment>> assessments(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.ASSESSMENT, Assessment.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/reviews")
	@Operation(summary = "A partnership's review points: scheduled, held or missed", description = PAGED)
	ResponseEntity<List<Review>> reviews(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.REVIEW, Review.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/contract-variations")
	@Operation(summary = "A partnership's contract variations", description = PAGED)
	ResponseEntity<List<ContractVariation>> variations(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.VARIATION, ContractVariation.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/contract-extensions")
	@Operation(summary = "A partnership's contract extensions", description = PAGED)
	ResponseEntity<List<ContractExtension>> extensions(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.EXTENSION, ContractExtension.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/outcome-reports")
	@Operation(summary = "A partnership's outcome reports, corrections included", description = PAGED)
	ResponseEntity<List<OutcomeReport>> reports(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.OUTCOME_REPORT, OutcomeReport.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/payments")
	@Operation(summary = "A partnership's payments with their adjustments", description = PAGED)
	ResponseEntity<List<Payment>> payments(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.PAYMENT, Payment.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/disputes")
	@Operation(summary = "A partnership's disputes with their escalations and resolution", description = PAGED)
	ResponseEntity<List<Dispute>> disputes(@AuthenticationPrincipal LedgerUser user, @PathVariable String partnershipId,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer limit,
			@RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.DISPUTE, Dispute.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/transparency-notices")
	@Operation(summary = "A partnership's transparency notices", description = PAGED)
	ResponseEntity<List<TransparencyNotice>> notices(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.NOTICE, TransparencyNotice.class, page, limit, minVersion);
	}

	@GetMapping(BASE + "/audit-findings")
	@Operation(summary = "A partnership's audit findings with the commissioner's responses", description = PAGED)
	ResponseEntity<List<AuditFinding>> findings(@AuthenticationPrincipal LedgerUser user,
			@PathVariable String partnershipId, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer limit, @RequestParam(required = false) Long minVersion) {
		return page(user, partnershipId, ItemKind.AUDIT_FINDING, AuditFinding.class, page, limit, minVersion);
	}

	private <T> ResponseEntity<List<T>> page(LedgerUser user, String partnershipId, ItemKind kind, Class<T> type,
			Integer page, Integer limit, Long minVersion) {
		Page asked = Paging.page(page, limit);
		OverviewRead read = this.queries.visible(user.identity(), partnershipId, minVersion)
			.orElseThrow(() -> NotFoundException.partnership(partnershipId));
		List<T> items = this.overviews.page(partnershipId, kind, type, asked, null, Map.of());
		return Paging.ok(items, asked, read.overview().total(kind), read.stale());
	}

}
