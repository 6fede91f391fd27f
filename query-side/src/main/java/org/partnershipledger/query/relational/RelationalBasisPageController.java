package org.partnershipledger.query.relational;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AgreeGovernanceArrangementsRequest;
import org.partnershipledger.api.AgreeGuidingPrinciplesRequest;
import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceTier;
import org.partnershipledger.events.relational.JointDecisionKind;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.JointProposal;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * The joint basis of a relational partnership, each a new version the commissioner
 * proposes and every party but evaluators confirms for itself (a joint decision): the
 * shared vision, the guiding principles and the governance arrangements. Each form starts
 * from the version in force and names the parties that will be asked to confirm it.
 */
@PageController
class RelationalBasisPageController {

	static final String VISION_VIEW = "relational/vision";

	static final String PRINCIPLES_VIEW = "relational/principles";

	static final String GOVERNANCE_VIEW = "relational/governance";

	private static final String WHO_MAY = "Only a commissioner of this partnership can propose what the parties agree, "
			+ "once the partnership model is chosen.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	RelationalBasisPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/vision/new")
	String visionForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user, Model model) {
		PartnershipOverview overview = prepare(id, user, model, JointDecisionKind.SHARED_VISION).overview();
		VisionForm form = new VisionForm();
		if (overview.vision() != null) {
			form.setStatement(overview.vision().statement());
		}
		model.addAttribute("visionForm", form);
		return VISION_VIEW;
	}

	@PostMapping("/partnerships/{id}/vision/new")
	String agreeVision(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("visionForm") VisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model, JointDecisionKind.SHARED_VISION);
		AgreeSharedVisionRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VISION_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.AGREE_VISION, new Object[] { id }, request, result,
				VisionForm::formField);
		return (accepted == null) ? VISION_VIEW : Redirects.afterProposal(permissions.overview(), accepted,
				"Shared vision agreed", "Shared vision proposed", redirect);
	}

	@GetMapping("/partnerships/{id}/principles/new")
	String principlesForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user, Model model) {
		PartnershipOverview overview = prepare(id, user, model, JointDecisionKind.GUIDING_PRINCIPLES).overview();
		model.addAttribute("principlesForm", PrinciplesForm
			.startingFrom((overview.principles() != null) ? overview.principles().principles() : List.of()));
		return PRINCIPLES_VIEW;
	}

	@PostMapping("/partnerships/{id}/principles/new")
	String agreePrinciples(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("principlesForm") PrinciplesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model, JointDecisionKind.GUIDING_PRINCIPLES);
		AgreeGuidingPrinciplesRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return PRINCIPLES_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.AGREE_PRINCIPLES, new Object[] { id }, request,
				result, form::fieldOf);
		return (accepted == null) ? PRINCIPLES_VIEW : Redirects.afterProposal(permissions.overview(), accepted,
				"Guiding principles agreed", "Guiding principles proposed", redirect);
	}

	@GetMapping("/partnerships/{id}/governance/new")
	String governanceForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user, Model model) {
		PartnershipOverview overview = prepare(id, user, model, JointDecisionKind.GOVERNANCE_ARRANGEMENTS).overview();
		model.addAttribute("governanceForm", GovernanceForm.startingFrom(overview.governance()));
		return GOVERNANCE_VIEW;
	}

	@PostMapping("/partnerships/{id}/governance/new")
	String agreeGovernance(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("governanceForm") GovernanceForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model, JointDecisionKind.GOVERNANCE_ARRANGEMENTS);
		AgreeGovernanceArrangementsRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return GOVERNANCE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.AGREE_GOVERNANCE, new Object[] { id }, request,
				result, form::fieldOf);
		return (accepted == null) ? GOVERNANCE_VIEW : Redirects.afterProposal(permissions.overview(), accepted,
				"Governance arrangements agreed", "Governance arrangements proposed", redirect);
	}

	private Permissions prepare(String id, LedgerUser user, Model model, JointDecisionKind kind) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canSetUp, WHO_MAY);
		PageModel.partnership(model, permissions);
		model.addAttribute("proposal", JointProposal.basis(permissions, kind));
		model.addAttribute("principleCodes", Option.of(PrincipleCode.class));
		model.addAttribute("tiers", Option.of(GovernanceTier.class));
		model.addAttribute("categories", Option.of(AdaptationCategory.class));
		model.addAttribute("disputeSteps", Option.of(DisputeStep.class));
		return permissions;
	}

}
