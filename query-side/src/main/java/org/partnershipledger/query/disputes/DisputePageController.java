package org.partnershipledger.query.disputes;

import java.time.Clock;
import java.util.Locale;

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
import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Dispute;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.JointProposal;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * Disputes on pages: a party raises one for itself, a party to it escalates it up the
 * ladder, and the commissioner records the resolution every party to it agreed.
 */
@PageController
class DisputePageController {

	static final String RAISE_VIEW = "disputes/raise-dispute";

	static final String ESCALATE_VIEW = "disputes/escalate-dispute";

	static final String RESOLVE_VIEW = "disputes/resolve-dispute";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	DisputePageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/disputes/new")
	String raiseForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") RaiseDisputeForm form, Model model) {
		prepareRaise(id, user, model);
		return RAISE_VIEW;
	}

	@PostMapping("/partnerships/{id}/disputes/new")
	String raise(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") RaiseDisputeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepareRaise(id, user, model);
		RaiseDisputeRequest request = form.toRequest(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return RAISE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RAISE_DISPUTE, new Object[] { id }, request, result,
				RaiseDisputeForm::formField);
		return (accepted == null) ? RAISE_VIEW
				: Redirects.toOverview(id, accepted, "Dispute raised: " + request.subject(), redirect);
	}

	@GetMapping("/partnerships/{id}/disputes/{did}/escalation/new")
	String escalateForm(@PathVariable String id, @PathVariable String did, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") EscalateDisputeForm form, Model model) {
		prepareEscalate(id, did, user, model);
		return ESCALATE_VIEW;
	}

	@PostMapping("/partnerships/{id}/disputes/{did}/escalation/new")
	String escalate(@PathVariable String id, @PathVariable String did, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") EscalateDisputeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareEscalate(id, did, user, model);
		EscalateDisputeRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return ESCALATE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.ESCALATE_DISPUTE, new Object[] { id, did }, request,
				result, EscalateDisputeForm::formField);
		return (accepted == null) ? ESCALATE_VIEW : Redirects.toOverview(id, accepted,
				"Dispute escalated to " + Labels.of(request.toStep()).toLowerCase(Locale.UK), redirect);
	}

	@GetMapping("/partnerships/{id}/disputes/{did}/resolution/new")
	String resolveForm(@PathVariable String id, @PathVariable String did, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") ResolveDisputeForm form, Model model) {
		prepareResolve(id, did, user, model);
		return RESOLVE_VIEW;
	}

	@PostMapping("/partnerships/{id}/disputes/{did}/resolution/new")
	String resolve(@PathVariable String id, @PathVariable String did, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("disputeForm") ResolveDisputeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepareResolve(id, did, user, model);
		ResolveDisputeRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return RESOLVE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RESOLVE_DISPUTE, new Object[] { id, did }, request,
				result, ResolveDisputeForm::formField);
		return (accepted == null) ? RESOLVE_VIEW : Redirects.afterProposal(permissions.overview(), accepted,
				"Dispute resolved", "Resolution proposed for " + dispute(permissions, did).subject(), redirect);
	}

	private Permissions prepareRaise(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canRaiseDispute,
				"Only a party to this partnership raises a dispute, for itself, while it is active or exiting.");
		PageModel.partnership(model, permissions);
		model.addAttribute("otherParties",
				PageModel.partyOptions(permissions.overview()
					.currentParties()
					.stream()
					.filter((party) -> !party.partyId().equals(permissions.ownPartyId()))
					.toList()));
		model.addAttribute("principles", Option.of(PrincipleCode.class));
		return permissions;
	}

	private void prepareEscalate(String id, String did, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.DISPUTE, did));
		Dispute dispute = dispute(permissions, did);
		if (!permissions.canEscalate(dispute)) {
			throw new PageForbiddenException("Only a party to this dispute escalates it, while it is unresolved.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("dispute", dispute);
		model.addAttribute("steps", Option.of(DisputeStep.class));
	}

	/** The resolution binds the parties to the dispute: each confirms it for itself. */
	private Permissions prepareResolve(String id, String did, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.DISPUTE, did));
		Dispute dispute = dispute(permissions, did);
		if (!permissions.canResolve(dispute)) {
			throw new PageForbiddenException(
					"Only a commissioner of this partnership proposes a dispute's resolution, once.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("dispute", dispute);
		model.addAttribute("proposal", JointProposal.resolution(permissions, dispute));
		return permissions;
	}

	private static Dispute dispute(Permissions permissions, String did) {
		return permissions.overview()
			.disputes()
			.stream()
			.filter((candidate) -> candidate.disputeId().equals(did))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No dispute " + did));
	}

}
