package org.partnershipledger.query.relational;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.IterationLogEntry;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;

/**
 * The iteration log of a partnership (hypothesis, evidence, result, decision, and the
 * adaptations each led to), newest first, and one iteration with its next step.
 */
@PageController
class IterationLogPageController {

	static final String LOG_VIEW = "relational/iterations/log";

	static final String DETAIL_VIEW = "relational/iterations/detail";

	private final PartnershipLookup partnerships;

	IterationLogPageController(PartnershipLookup partnerships) {
		this.partnerships = partnerships;
	}

	@GetMapping("/partnerships/{id}/iterations")
	String log(@PathVariable String id, @AuthenticationPrincipal LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user, this.partnerships.visible(id, user));
		PageModel.partnership(model, permissions);
		List<IterationLogEntry> entries = new ArrayList<>(permissions.overview().iterationLog());
		Collections.reverse(entries);
		model.addAttribute("entries", entries);
		return LOG_VIEW;
	}

	@GetMapping("/partnerships/{id}/iterations/{iid}")
	String detail(@PathVariable String id, @PathVariable String iid, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.ITERATION, iid));
		IterationLogEntry entry = permissions.overview()
			.iterationLog()
			.stream()
			.filter((found) -> found.iteration().iterationId().equals(iid))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No iteration " + iid));
		PageModel.partnership(model, permissions);
		model.addAttribute("entry", entry);
		model.addAttribute("iteration", entry.iteration());
		return DETAIL_VIEW;
	}

}
