package org.partnershipledger.query.money;

import java.time.Clock;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import org.partnershipledger.api.Accepted;
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.api.VaryContractRequest;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.LegalGround;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Adaptation;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * Changes to the deal on pages: the commissioner varies the contract under an agreed
 * adaptation, extends it within the extent its period allows, or records the end of an
 * alignment partnership's instrument.
 */
@PageController
class ContractChangePageController {

	static final String VARY_VIEW = "money/vary-contract";

	static final String EXTEND_VIEW = "money/extend-contract";

	static final String END_INSTRUMENT_VIEW = "money/end-instrument";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	ContractChangePageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/contract-variations/new")
	String varyForm(@PathVariable String id, @RequestParam(name = "adaptation", required = false) String adaptationId,
			@AuthenticationPrincipal LedgerUser user, @ModelAttribute("contractForm") VaryContractForm form,
			Model model) {
		Permissions permissions = prepareVary(id, user, model);
		Adaptation source = permissions.variationSources()
			.stream()
			.filter((adaptation) -> adaptation.adaptationId().equals(adaptationId))
			.findFirst()
			.orElse(null);
		form.prefill(permissions.overview().contractNow(), source);
		return VARY_VIEW;
	}

	@PostMapping("/partnerships/{id}/contract-variations/new")
	String vary(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") VaryContractForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareVary(id, user, model);
		VaryContractRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VARY_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.VARY_CONTRACT, new Object[] { id }, request, result,
				VaryContractForm::formField);
		return (accepted == null) ? VARY_VIEW : Redirects.toOverview(id, accepted,
				"Contract varied from " + LedgerPages.longDate(request.effectiveDate()), redirect);
	}

	@GetMapping("/partnerships/{id}/contract/extension/new")
	String extendForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractEndDateForm form, Model model) {
		prepareExtend(id, user, model);
		return EXTEND_VIEW;
	}

	@PostMapping("/partnerships/{id}/contract/extension/new")
	String extend(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractEndDateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareExtend(id, user, model);
		ExtendContractRequest request = form.toExtension(result, this.clock);
		if (request == null) {
			return EXTEND_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.EXTEND_CONTRACT, new Object[] { id }, request, result,
				ContractEndDateForm::formField);
		return (accepted == null) ? EXTEND_VIEW : Redirects.toOverview(id, accepted,
				"Contract extended to " + LedgerPages.longDate(request.newEndDate()), redirect);
	}

	@GetMapping("/partnerships/{id}/alignment-instrument/ending/new")
	String endInstrumentForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractEndDateForm form, Model model) {
		prepareEndInstrument(id, user, model);
		return END_INSTRUMENT_VIEW;
	}

	@PostMapping("/partnerships/{id}/alignment-instrument/ending/new")
	String endInstrument(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("contractForm") ContractEndDateForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareEndInstrument(id, user, model);
		EndAlignmentInstrumentRequest request = form.toInstrumentEnding(result, this.clock);
		if (request == null) {
			return END_INSTRUMENT_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.END_ALIGNMENT_INSTRUMENT, new Object[] { id },
				request, result, ContractEndDateForm::formField);
		return (accepted == null) ? END_INSTRUMENT_VIEW : Redirects.toOverview(id, accepted,
				"The alignment instrument ended on " + LedgerPages.longDate(request.endedOn()), redirect);
	}

	private Permissions prepareVary(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canVaryContract,
				"Only a commissioner of this partnership varies its contract, while it is active, under an agreed "
						+ "adaptation not varied yet.");
		PageModel.partnership(model, permissions);
		model.addAttribute("sources", PageModel.adaptationOptions(permissions.variationSources()));
		model.addAttribute("categories", Option.of(AdaptationCategory.class));
		model.addAttribute("legalGrounds", Option.of(LegalGround.class));
		model.addAttribute("yesNo", Option.yesNo());
		return permissions;
	}

	private void prepareExtend(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canExtendContract,
				"Only a commissioner of this partnership extends its contract, while it is active, within the "
						+ "extent its period allows.");
		PageModel.partnership(model, permissions);
	}

	private void prepareEndInstrument(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canEndInstrument,
				"Only a commissioner of this alignment partnership records the end of its instrument, while it is "
						+ "active.");
		PageModel.partnership(model, permissions);
	}

}
