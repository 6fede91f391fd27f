package org.partnershipledger.query.decisions;

import java.time.Clock;
import java.util.List;
import java.util.Map;

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
import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.events.GovernanceArrangementsAgreed;
import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Governance;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.JointDecision;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.PartyNames;
import org.partnershipledger.query.web.Redirects;

/**
 * A joint decision waiting for confirmation: what it decides in full, who proposed it,
 * which parties have confirmed it and which are awaited; a person of an awaited party
 * confirms it or declines it for their own party here, and nobody for another.
 */
@PageController
class JointDecisionPageController {

	static final String VIEW = "decisions/decision";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	JointDecisionPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/joint-decisions/{jd}")
	String decision(@PathVariable String id, @PathVariable String jd, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		prepare(id, jd, user, model);
		model.addAttribute("confirmForm", new ConfirmDecisionForm());
		model.addAttribute("declineForm", new DeclineDecisionForm());
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/joint-decisions/{jd}/confirmation/new")
	String confirm(@PathVariable String id, @PathVariable String jd, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("confirmForm") ConfirmDecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Prepared prepared = awaitingYou(id, jd, user, model);
		model.addAttribute("declineForm", new DeclineDecisionForm());
		ConfirmJointDecisionRequest request = form.toRequest(prepared.ownPartyId(), result, this.clock);
		if (request == null) {
			return VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CONFIRM_JOINT_DECISION, new Object[] { id, jd },
				request, result, ConfirmDecisionForm::formField);
		if (accepted == null) {
			return VIEW;
		}
		JointDecision decision = prepared.decision();
		List<String> stillAwaited = decision.awaitingPartyIds()
			.stream()
			.filter((partyId) -> !partyId.equals(prepared.ownPartyId()))
			.toList();
		return Redirects.toOverview(id, accepted,
				stillAwaited.isEmpty() ? decision.what() + " confirmed: every party has, so it is now in force"
						: decision.what() + " confirmed for " + prepared.names().get(prepared.ownPartyId())
								+ "; it still waits for " + names(prepared.names(), stillAwaited),
				redirect);
	}

	@PostMapping("/partnerships/{id}/joint-decisions/{jd}/declining/new")
	String decline(@PathVariable String id, @PathVariable String jd, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("declineForm") DeclineDecisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Prepared prepared = awaitingYou(id, jd, user, model);
		model.addAttribute("confirmForm", new ConfirmDecisionForm());
		DeclineJointDecisionRequest request = form.toRequest(prepared.ownPartyId(), result, this.clock);
		if (request == null) {
			return VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.DECLINE_JOINT_DECISION, new Object[] { id, jd },
				request, result, DeclineDecisionForm::formField);
		return (accepted == null) ? VIEW : Redirects.toOverview(id, accepted,
				prepared.decision().what() + " declined: the proposal lapsed and nothing it proposed takes effect",
				redirect);
	}

	/** The decision's page, for a person whose party it awaits. */
	private Prepared awaitingYou(String id, String jd, LedgerUser user, Model model) {
		Prepared prepared = prepare(id, jd, user, model);
		if (!prepared.permissions().canConfirmOrDecline(prepared.decision())) {
			throw new PageForbiddenException("Only a person of a party this decision waits for ("
					+ names(prepared.names(), prepared.decision().awaitingPartyIds())
					+ ") can confirm or decline it, for their own party.");
		}
		return prepared;
	}

	private Prepared prepare(String id, String jd, LedgerUser user, Model model) {
		PartnershipOverview overview = this.partnerships.visible(id, user);
		JointDecision decision = overview.pendingDecision(jd)
			.orElseThrow(() -> new PageNotFoundException("Joint decision " + jd + " is not waiting for confirmation: "
					+ "it is in force or was declined (see the partnership's timeline)"));
		JointDecisionProposed proposal = decision.proposal();
		if (proposal.adaptationAgreement() != null) {
			overview = this.partnerships.visible(id, user, ItemKind.ADAPTATION,
					proposal.adaptationAgreement().adaptationId());
			model.addAttribute("adaptation", overview.adaptations()
				.stream()
				.filter((adaptation) -> adaptation.adaptationId().equals(proposal.adaptationAgreement().adaptationId()))
				.findFirst()
				.orElse(null));
		}
		if (proposal.disputeResolution() != null) {
			overview = this.partnerships.visible(id, user, ItemKind.DISPUTE, proposal.disputeResolution().disputeId());
			model.addAttribute("dispute",
					overview.disputes()
						.stream()
						.filter((dispute) -> dispute.disputeId().equals(proposal.disputeResolution().disputeId()))
						.findFirst()
						.orElse(null));
		}
		if (proposal.governance() != null) {
			model.addAttribute("proposedGovernance", asShown(proposal.governance()));
		}
		Permissions permissions = this.partnerships.permissions(user, overview);
		PageModel.partnership(model, permissions);
		model.addAttribute("decision", decision);
		@SuppressWarnings("unchecked")
		Map<String, String> names = (Map<String, String>) model.getAttribute("partyNames");
		return new Prepared(decision, permissions, permissions.ownPartyId(), names);
	}

	/** The proposed governance as the overview shows governance in force. */
	private static Governance asShown(GovernanceArrangementsAgreed proposed) {
		return new Governance(proposed.version(), proposed.bodies(), proposed.delegations(), proposed.disputeLadder(),
				proposed.agreedByPartyIds(), proposed.occurredAt(), null, null, null);
	}

	private static String names(Map<String, String> names, List<String> partyIds) {
		return PartyNames.inWords(partyIds.stream().map((partyId) -> names.getOrDefault(partyId, partyId)).toList());
	}

	private record Prepared(JointDecision decision, Permissions permissions, String ownPartyId,
			Map<String, String> names) {
	}

}
