package org.partnershipledger.query.relational;

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
import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.Hypothesis;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.Iteration;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * A provider's test-and-learn iterations for its own party: start one, conclude it, or
 * record a finished one in one step.
 */
@PageController
class IterationPageController {

	static final String START_VIEW = "relational/iterations/start";

	static final String CONCLUDE_VIEW = "relational/iterations/conclude";

	static final String RECORD_VIEW = "relational/iterations/record";

	private static final String WHO_MAY = "Only a provider of this partnership (a lead provider or delivery partner) "
			+ "can record its iterations, once the partnership is active.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	IterationPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/iterations/new")
	String startForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, Model model) {
		prepare(id, user, model);
		return START_VIEW;
	}

	@PostMapping("/partnerships/{id}/iterations/new")
	String start(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model);
		StartIterationRequest request = form.toStart(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return START_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.START_ITERATION, new Object[] { id }, request, result,
				IterationForms::formField);
		return (accepted == null) ? START_VIEW
				: Redirects.toOverview(id, accepted, "Iteration started: " + request.title(), redirect);
	}

	@GetMapping("/partnerships/{id}/iterations/recorded/new")
	String recordForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, Model model) {
		prepare(id, user, model);
		return RECORD_VIEW;
	}

	@PostMapping("/partnerships/{id}/iterations/recorded/new")
	String record(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepare(id, user, model);
		RecordIterationRequest request = form.toRecord(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return RECORD_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RECORD_ITERATION, new Object[] { id }, request,
				result, IterationForms::formField);
		return (accepted == null) ? RECORD_VIEW
				: Redirects.toOverview(id, accepted, "Iteration recorded: " + request.title(), redirect);
	}

	@GetMapping("/partnerships/{id}/iterations/{iid}/conclusion/new")
	String concludeForm(@PathVariable String id, @PathVariable String iid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, Model model) {
		prepareConclusion(id, iid, user, model);
		return CONCLUDE_VIEW;
	}

	@PostMapping("/partnerships/{id}/iterations/{iid}/conclusion/new")
	String conclude(@PathVariable String id, @PathVariable String iid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("iterationForm") IterationForms form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Iteration iteration = prepareConclusion(id, iid, user, model);
		ConcludeIterationRequest request = form.toConclusion(result, this.clock);
		if (request == null) {
			return CONCLUDE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CONCLUDE_ITERATION, new Object[] { id, iid }, request,
				result, IterationForms::formField);
		return (accepted == null) ? CONCLUDE_VIEW
				: Redirects.toOverview(id, accepted, "Iteration concluded: " + iteration.title(), redirect);
	}

	private Permissions prepare(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canStartIteration, WHO_MAY);
		choices(model, permissions);
		return permissions;
	}

	private Iteration prepareConclusion(String id, String iid, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.ITERATION, iid));
		Iteration iteration = permissions.overview()
			.iteration(iid)
			.orElseThrow(() -> new PageNotFoundException("No iteration " + iid));
		if (!permissions.canConclude(iteration)) {
			throw new PageForbiddenException(
					"Only the provider party that runs an iteration can conclude it, and only once.");
		}
		choices(model, permissions);
		model.addAttribute("iteration", iteration);
		return iteration;
	}

	private static void choices(Model model, Permissions permissions) {
		PageModel.partnership(model, permissions);
		model.addAttribute("hypothesisTemplate", Hypothesis.TEMPLATE);
		model.addAttribute("measureOptions", PageModel.measureOptions(permissions.overview()));
		model.addAttribute("adaptationOptions", PageModel.adaptationOptions(permissions.overview().adaptations()));
		model.addAttribute("evidenceKinds", Option.of(EvidenceKind.class));
		model.addAttribute("results", Option.of(IterationResult.class));
		model.addAttribute("decisions", Option.of(IterationDecision.class));
		model.addAttribute("yesNo", Option.yesNo());
	}

}
