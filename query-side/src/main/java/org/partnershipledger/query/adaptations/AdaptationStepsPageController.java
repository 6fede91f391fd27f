package org.partnershipledger.query.adaptations;

import java.time.Clock;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.Function;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.api.AssessAdaptationRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.EvaluateAdaptationEffectRequest;
import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.events.relational.AdaptationEffect;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.events.relational.ModificationRisk;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.partnership.Governance;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Delegations;
import org.partnershipledger.query.web.JointProposal;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * The steps of an adaptation after its proposal, each one page: assess, agree, reject,
 * withdraw, implement, evaluate. Each is offered only to who may take it (see
 * {@link Permissions}); after it, the person goes back to the partnership.
 */
@PageController
class AdaptationStepsPageController {

	static final String ASSESS_VIEW = "adaptations/assess";

	static final String AGREE_VIEW = "adaptations/agree";

	static final String REJECT_VIEW = "adaptations/reject";

	static final String WITHDRAW_VIEW = "adaptations/withdraw";

	static final String IMPLEMENT_VIEW = "adaptations/implement";

	static final String EVALUATE_VIEW = "adaptations/evaluate";

	private static final String BASE = "/partnerships/{id}/adaptations/{aid}";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	AdaptationStepsPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping(BASE + "/assessment/new")
	String assessForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("assessForm") AssessAdaptationForm form, Model model) {
		prepareAssessment(id, aid, user, model);
		return ASSESS_VIEW;
	}

	@PostMapping(BASE + "/assessment/new")
	String assess(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("assessForm") AssessAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepareAssessment(id, aid, user, model);
		AssessAdaptationRequest request = form.toRequest(result, this.clock);
		return finish(request, CommandRoute.ASSESS_ADAPTATION, id, aid, user, result, AssessAdaptationForm::formField,
				ASSESS_VIEW, "Adaptation assessed: " + adaptation.title(), redirect);
	}

	@GetMapping(BASE + "/agreement/new")
	String agreeForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		prepareAgreement(id, aid, user, model);
		model.addAttribute("agreeForm", new AgreeAdaptationForm());
		return AGREE_VIEW;
	}

	@PostMapping(BASE + "/agreement/new")
	String agree(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("agreeForm") AgreeAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepareAgreement(id, aid, user, model);
		Permissions permissions = (Permissions) model.getAttribute("permissions");
		AgreeAdaptationRequest request = form.toRequest(result, this.clock, permissions.ownPartyId());
		if (request == null) {
			return AGREE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.AGREE_ADAPTATION, new Object[] { id, aid }, request,
				result, AgreeAdaptationForm::formField);
		return (accepted == null) ? AGREE_VIEW : Redirects.afterProposal(permissions.overview(), accepted,
				"Adaptation agreed: " + adaptation.title(), "Agreement proposed for " + adaptation.title(), redirect);
	}

	@GetMapping(BASE + "/rejection/new")
	String rejectForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("rejectForm") RejectAdaptationForm form, Model model) {
		prepare(id, aid, user, model, Permissions::canReject, "Only the commissioner, or a provider whose obligations "
				+ "it changes, can reject an adaptation that is still to be decided.");
		return REJECT_VIEW;
	}

	@PostMapping(BASE + "/rejection/new")
	String reject(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("rejectForm") RejectAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canReject,
				"Only the commissioner, or a provider whose obligations it changes, can reject an adaptation that "
						+ "is still to be decided.");
		RejectAdaptationRequest request = form.toRequest(result, this.clock);
		return finish(request, CommandRoute.REJECT_ADAPTATION, id, aid, user, result, RejectAdaptationForm::formField,
				REJECT_VIEW, "Adaptation rejected: " + adaptation.title(), redirect);
	}

	@GetMapping(BASE + "/withdrawal/new")
	String withdrawForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("withdrawForm") WithdrawAdaptationForm form, Model model) {
		prepare(id, aid, user, model, Permissions::canWithdraw,
				"Only the party that proposed an adaptation can withdraw it, while it is still to be decided.");
		return WITHDRAW_VIEW;
	}

	@PostMapping(BASE + "/withdrawal/new")
	String withdraw(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("withdrawForm") WithdrawAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canWithdraw,
				"Only the party that proposed an adaptation can withdraw it, while it is still to be decided.");
		WithdrawAdaptationRequest request = form.toRequest(result, this.clock);
		return finish(request, CommandRoute.WITHDRAW_ADAPTATION, id, aid, user, result,
				WithdrawAdaptationForm::formField, WITHDRAW_VIEW, "Adaptation withdrawn: " + adaptation.title(),
				redirect);
	}

	@GetMapping(BASE + "/implementation/new")
	String implementForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("implementForm") ImplementAdaptationForm form, Model model) {
		prepare(id, aid, user, model, Permissions::canImplement, implementWhoMay());
		return IMPLEMENT_VIEW;
	}

	@PostMapping(BASE + "/implementation/new")
	String implement(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("implementForm") ImplementAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canImplement, implementWhoMay());
		ImplementAdaptationRequest request = form.toRequest(result, this.clock);
		return finish(request, CommandRoute.IMPLEMENT_ADAPTATION, id, aid, user, result,
				ImplementAdaptationForm::formField, IMPLEMENT_VIEW, "Adaptation implemented: " + adaptation.title(),
				redirect);
	}

	@GetMapping(BASE + "/evaluation/new")
	String evaluateForm(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("evaluateForm") EvaluateAdaptationForm form, Model model) {
		prepareEvaluation(id, aid, user, model);
		return EVALUATE_VIEW;
	}

	@PostMapping(BASE + "/evaluation/new")
	String evaluate(@PathVariable String id, @PathVariable String aid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("evaluateForm") EvaluateAdaptationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Adaptation adaptation = prepareEvaluation(id, aid, user, model);
		EvaluateAdaptationEffectRequest request = form.toRequest(result, this.clock);
		return finish(request, CommandRoute.EVALUATE_ADAPTATION, id, aid, user, result,
				EvaluateAdaptationForm::formField, EVALUATE_VIEW, "Effect recorded: " + adaptation.title(), redirect);
	}

	private Adaptation prepareAssessment(String id, String aid, LedgerUser user, Model model) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canAssess,
				"Only a commissioner of this partnership can assess an adaptation that has just been proposed.");
		model.addAttribute("legalGrounds", Option.of(LegalGround.class));
		model.addAttribute("risks", Option.of(ModificationRisk.class));
		model.addAttribute("yesNo", Option.yesNo());
		return adaptation;
	}

	/**
	 * The bodies of the governance in force, each with its delegation as a hint, and the
	 * parties the agreement binds, who each confirm it.
	 */
	private Adaptation prepareAgreement(String id, String aid, LedgerUser user, Model model) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canAgree,
				"Only a commissioner of this partnership can propose that an adaptation is agreed.");
		Permissions permissions = (Permissions) model.getAttribute("permissions");
		model.addAttribute("proposal", JointProposal.agreement(permissions, adaptation));
		PartnershipOverview overview = permissions.overview();
		Governance governance = overview.governance();
		List<Option> bodies = (governance == null) ? List.of()
				: governance.bodies()
					.stream()
					.map((body) -> new Option(body.bodyId(), body.name(),
							Delegations.describe(governance.delegationOf(body.bodyId()).orElse(null))))
					.toList();
		model.addAttribute("bodies", bodies);
		return adaptation;
	}

	private Adaptation prepareEvaluation(String id, String aid, LedgerUser user, Model model) {
		Adaptation adaptation = prepare(id, aid, user, model, Permissions::canEvaluate,
				"Only the commissioner, or a provider whose obligations it changed, can record the effect of an "
						+ "implemented adaptation.");
		model.addAttribute("effects", Option.of(AdaptationEffect.class));
		return adaptation;
	}

	private Adaptation prepare(String id, String aid, LedgerUser user, Model model,
			BiPredicate<Permissions, Adaptation> allowed, String whoMay) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.ADAPTATION, aid));
		Adaptation adaptation = permissions.overview()
			.adaptation(aid)
			.orElseThrow(() -> new PageNotFoundException("No adaptation " + aid));
		if (!allowed.test(permissions, adaptation)) {
			throw new PageForbiddenException(whoMay);
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("adaptation", adaptation);
		return adaptation;
	}

	private String finish(Object request, CommandRoute route, String id, String aid, LedgerUser user,
			BindingResult result, Function<String, String> formField, String view, String flash,
			RedirectAttributes redirect) {
		if (request == null) {
			return view;
		}
		Accepted accepted = this.commands.send(user, route, new Object[] { id, aid }, request, result, formField);
		return (accepted == null) ? view : Redirects.toOverview(id, accepted, flash, redirect);
	}

	private static String implementWhoMay() {
		return "An agreed adaptation is implemented by a provider whose obligations it changes for service, scope, "
				+ "volume and emergency changes, and by the commissioner for the others. A formal variation needs "
				+ "its contract variation recorded first.";
	}

}
