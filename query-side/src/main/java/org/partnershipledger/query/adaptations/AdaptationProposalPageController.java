package org.partnershipledger.query.adaptations;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.ProposeAdaptationRequest;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.AdaptationLabels;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * The commissioner or a provider proposes an adaptation of an active partnership, for
 * their own party. It may name the iterations that led to it.
 */
@PageController
class AdaptationProposalPageController {

	static final String VIEW = "adaptations/propose";

	private static final String WHO_MAY = "Only the commissioner or a provider of this partnership can propose an "
			+ "adaptation, once the partnership is active.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	AdaptationProposalPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/adaptations/new")
	String form(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("proposalForm") ProposeAdaptationForm form, Model model) {
		prepare(id, user, model);
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/adaptations/new")
	String propose(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("proposalForm") ProposeAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model);
		ProposeAdaptationRequest request = form.toRequest(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.PROPOSE_ADAPTATION, new Object[] { id }, request,
				result, ProposeAdaptationForm::formField);
		return (accepted == null) ? VIEW
				: Redirects.toOverview(id, accepted, "Adaptation proposed: " + request.title(), redirect);
	}

	private Permissions prepare(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canPropose, WHO_MAY);
		PageModel.partnership(model, permissions);
		model.addAttribute("categories", Option.of(AdaptationCategory.class));
		model.addAttribute("paymentMechanisms", Option.of(PaymentMechanism.class));
		model.addAttribute("formalities", AdaptationLabels.formalityOptions());
		model.addAttribute("principleCodes", Option.of(PrincipleCode.class));
		model.addAttribute("measureOptions", PageModel.measureOptions(permissions.overview()));
		model.addAttribute("iterationOptions",
				permissions.overview()
					.iterations()
					.stream()
					.map((iteration) -> Option.of(iteration.iterationId(), iteration.title()))
					.toList());
		model.addAttribute("yesNo", Option.yesNo());
		return permissions;
	}

}
