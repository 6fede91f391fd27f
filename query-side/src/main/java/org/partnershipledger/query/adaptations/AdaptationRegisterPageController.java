package org.partnershipledger.query.adaptations;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;

/**
 * The adaptation register, across the partnerships the person may see and for one
 * partnership, filtered by category, status and formality with a plain GET form (it works
 * without JavaScript); and one adaptation's whole story with the next steps the person
 * may take.
 */
@PageController
class AdaptationRegisterPageController {

	static final String PORTFOLIO_VIEW = "adaptations/register";

	static final String PARTNERSHIP_VIEW = "adaptations/partnership-register";

	static final String DETAIL_VIEW = "adaptations/detail";

	private final AdaptationRegister register;

	private final PartnershipLookup partnerships;

	AdaptationRegisterPageController(AdaptationRegister register, PartnershipLookup partnerships) {
		this.register = register;
		this.partnerships = partnerships;
	}

	@GetMapping("/adaptations")
	String portfolio(@RequestParam(required = false) AdaptationCategory category,
			@RequestParam(required = false) AdaptationStatus status,
			@RequestParam(required = false) AdaptationFormality formality, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		AdaptationFilter filter = new AdaptationFilter(category, status, formality);
		filters(model, filter);
		model.addAttribute("entries", this.register.find(PartnershipLookup.identity(user), filter));
		return PORTFOLIO_VIEW;
	}

	@GetMapping("/partnerships/{id}/adaptations")
	String partnership(@PathVariable String id, @RequestParam(required = false) AdaptationCategory category,
			@RequestParam(required = false) AdaptationStatus status,
			@RequestParam(required = false) AdaptationFormality formality, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		Permissions permissions = this.partnerships.permissions(user, this.partnerships.visible(id, user));
		PageModel.partnership(model, permissions);
		AdaptationFilter filter = new AdaptationFilter(category, status, formality);
		filters(model, filter);
		model.addAttribute("adaptations",
				permissions.overview()
					.adaptations()
					.stream()
					.filter(filter::matches)
					.sorted((a, b) -> b.proposedAt().compareTo(a.proposedAt()))
					.toList());
		return PARTNERSHIP_VIEW;
	}

	@GetMapping("/partnerships/{id}/adaptations/{aid}")
	String detail(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.ADAPTATION, aid));
		Adaptation adaptation = permissions.overview()
			.adaptation(aid)
			.orElseThrow(() -> new PageNotFoundException("No adaptation " + aid));
		PageModel.partnership(model, permissions);
		model.addAttribute("adaptation", adaptation);
		return DETAIL_VIEW;
	}

	private static void filters(Model model, AdaptationFilter filter) {
		model.addAttribute("filter", filter);
		model.addAttribute("categories", Option.of(AdaptationCategory.class));
		model.addAttribute("statuses", Option.of(AdaptationStatus.class));
		model.addAttribute("formalities", Option.of(AdaptationFormality.class));
		model.addAttribute("filtered",
				filter.category() != null || filter.status() != null || filter.formality() != null);
	}

}
