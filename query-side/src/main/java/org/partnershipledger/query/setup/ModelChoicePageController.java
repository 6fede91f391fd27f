package org.partnershipledger.query.setup;

import java.time.Clock;
import java.util.Arrays;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.ChoosePartnershipModelRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.Recommendation;
import org.partnershipledger.events.model.DepartureReason;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * A commissioner chooses the partnership model and payment mechanism, seeing the latest
 * recommendation they follow or depart from.
 */
@PageController
class ModelChoicePageController {

	static final String VIEW = "setup/choose-model";

	private final PartnershipLookup partnerships;

	private final CommandClient commands;

	private final Clock clock;

	ModelChoicePageController(PartnershipLookup partnerships, CommandClient commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("paymentMechanisms", Option.of(PaymentMechanism.class));
		model.addAttribute("reasonCodes", Option.of(DepartureReason.class));
	}

	@GetMapping("/partnerships/{id}/model-choices/new")
	String form(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("choiceForm") ModelChoiceForm form, Model model) {
		PartnershipOverview overview = assessed(id, user, model);
		if (overview.latestAssessment() != null) {
			form.setBasedOnAssessmentId(overview.latestAssessment().assessmentId());
		}
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/model-choices/new")
	String choose(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("choiceForm") ModelChoiceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		assessed(id, user, model);
		ChoosePartnershipModelRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		CommandOutcome outcome = this.commands.send(user.identity(), CommandRoute.CHOOSE_MODEL.internalPath(id),
				request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, ModelChoiceForm::formField);
			return VIEW;
		}
		boolean departs = Boolean.TRUE.equals(outcome.accepted().departsFromRecommendation());
		return Redirects.toOverview(id, outcome.accepted(),
				departs ? "Model chosen: it departs from the recommendation" : "Model chosen", redirect);
	}

	/**
	 * The partnership, which must have been assessed: there is nothing to choose from
	 * before.
	 */
	private PartnershipOverview assessed(String id, LedgerUser user, Model model) {
		PartnershipOverview overview = this.partnerships.commissionable(id, user);
		model.addAttribute("overview", overview);
		Recommendation recommendation = (overview.latestAssessment() != null)
				? overview.latestAssessment().recommendation() : null;
		model.addAttribute("recommendation", recommendation);
		model.addAttribute("models",
				Arrays.stream(PartnershipModel.values())
					.map((m) -> new Option(m.name(), Labels.of(m),
							(recommendation != null && recommendation.model() == m)
									? "Recommended by the latest assessment" : null))
					.toList());
		return overview;
	}

}
