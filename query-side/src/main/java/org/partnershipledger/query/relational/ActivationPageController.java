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
import org.partnershipledger.api.AdoptAlignmentInstrumentRequest;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.ConcludeContractRequest;
import org.partnershipledger.events.relational.InstrumentType;
import org.partnershipledger.events.relational.JointDecisionKind;
import org.partnershipledger.events.relational.RelationalClause;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.JointProposal;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * What makes a partnership active: the concluded contract, or for an alignment
 * partnership the instrument, a joint decision the commissioner proposes and every party
 * but evaluators confirms. A formal-relational contract waits for the vision, principles
 * and governance, and the page says which are missing.
 */
@PageController
class ActivationPageController {

	static final String CONTRACT_VIEW = "relational/contract";

	static final String INSTRUMENT_VIEW = "relational/alignment-instrument";

	private static final String WHO_MAY = "Only a commissioner of this partnership can record how it becomes active.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	ActivationPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/contract/new")
	String contractForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractForm form, Model model) {
		prepare(id, user, model);
		return CONTRACT_VIEW;
	}

	@PostMapping("/partnerships/{id}/contract/new")
	String concludeContract(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepare(id, user, model);
		ConcludeContractRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return CONTRACT_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CONCLUDE_CONTRACT, new Object[] { id }, request,
				result, ContractForm::formField);
		if (accepted == null) {
			return CONTRACT_VIEW;
		}
		return Redirects.toOverview(id, accepted, "Contract recorded: the partnership is active", redirect);
	}

	@GetMapping("/partnerships/{id}/alignment-instrument/new")
	String instrumentForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("instrumentForm") InstrumentForm form, Model model) {
		prepareInstrument(id, user, model);
		return INSTRUMENT_VIEW;
	}

	@PostMapping("/partnerships/{id}/alignment-instrument/new")
	String adoptInstrument(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("instrumentForm") InstrumentForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = prepareInstrument(id, user, model);
		AdoptAlignmentInstrumentRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return INSTRUMENT_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.ADOPT_ALIGNMENT_INSTRUMENT, new Object[] { id },
				request, result, InstrumentForm::formField);
		if (accepted == null) {
			return INSTRUMENT_VIEW;
		}
		String instrument = Labels.of(request.instrumentType());
		return Redirects.afterProposal(permissions.overview(), accepted,
				instrument + " adopted: the partnership is active", instrument + " proposed", redirect);
	}

	/** The instrument is a joint decision: the page names the parties that confirm it. */
	private Permissions prepareInstrument(String id, LedgerUser user, Model model) {
		Permissions permissions = prepare(id, user, model);
		model.addAttribute("proposal", JointProposal.basis(permissions, JointDecisionKind.ALIGNMENT_INSTRUMENT));
		return permissions;
	}

	private Permissions prepare(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::commissioner, WHO_MAY);
		PageModel.partnership(model, permissions);
		model.addAttribute("checklist", ActivationChecklist.of(permissions.overview()));
		model.addAttribute("clauses", Option.of(RelationalClause.class));
		model.addAttribute("instrumentTypes", Option.of(InstrumentType.class));
		model.addAttribute("yesNo", Option.yesNo());
		return permissions;
	}

}
