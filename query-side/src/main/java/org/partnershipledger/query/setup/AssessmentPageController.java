package org.partnershipledger.query.setup;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.AssessServiceCharacteristicsRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.model.AssessmentTrigger;
import org.partnershipledger.query.commands.CommandClient;
import org.partnershipledger.query.commands.CommandOutcome;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * A commissioner assesses the service against the framework's seven dimensions; the
 * command side applies rule set RC-1 and stores the recommendation with the assessment.
 */
@PageController
class AssessmentPageController {

	static final String VIEW = "setup/assess";

	private final PartnershipLookup partnerships;

	private final CommandClient commands;

	private final Clock clock;

	AssessmentPageController(PartnershipLookup partnerships, CommandClient commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("triggers", Option.of(AssessmentTrigger.class));
		model.addAttribute("yesNo", Option.yesNo());
	}

	@GetMapping("/partnerships/{id}/assessments/new")
	String form(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("assessmentForm") AssessmentForm form, Model model) {
		model.addAttribute("overview", this.partnerships.commissionable(id, user));
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/assessments/new")
	String assess(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("assessmentForm") AssessmentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		model.addAttribute("overview", this.partnerships.commissionable(id, user));
		AssessServiceCharacteristicsRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		CommandOutcome outcome = this.commands.send(user.identity(), CommandRoute.ASSESS_SERVICE.internalPath(id),
				request);
		if (!outcome.isAccepted()) {
			FormProblems.show(outcome, result, AssessmentForm::formField);
			return VIEW;
		}
		return Redirects.toOverview(id, outcome.accepted(), "Assessment recorded", redirect);
	}

}
