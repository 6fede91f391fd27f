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
import org.partnershipledger.api.DefineOutcomeMeasureRequest;
import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationStatus;
import org.partnershipledger.events.relational.MeasureKind;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.OutcomeMeasure;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * A commissioner defines and revises outcome measures. Once the partnership is active a
 * revision rests on an agreed outcome-measure adaptation; an alignment partnership has no
 * payments, so its form does not ask about them.
 */
@PageController
class OutcomeMeasurePageController {

	static final String DEFINE_VIEW = "relational/define-measure";

	static final String REVISE_VIEW = "relational/revise-measure";

	private static final String WHO_MAY = "Only a commissioner of this partnership can define or revise its outcome "
			+ "measures, once the partnership model is chosen.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	OutcomeMeasurePageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/outcome-measures/new")
	String defineForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("measureForm") MeasureForm form, Model model) {
		prepare(id, user, model);
		return DEFINE_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-measures/new")
	String define(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("measureForm") MeasureForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepare(id, user, model);
		DefineOutcomeMeasureRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return DEFINE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.DEFINE_MEASURE, new Object[] { id }, request, result,
				MeasureForm::formField);
		return (accepted == null) ? DEFINE_VIEW
				: Redirects.toOverview(id, accepted, "Outcome measure " + request.name() + " defined", redirect);
	}

	@GetMapping("/partnerships/{id}/outcome-measures/{measureId}/revisions/new")
	String reviseForm(@PathVariable String id, @PathVariable String measureId, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		OutcomeMeasure measure = prepareRevision(id, measureId, user, model);
		MeasureRevisionForm form = new MeasureRevisionForm();
		form.fill(measure);
		model.addAttribute("measureForm", form);
		return REVISE_VIEW;
	}

	@PostMapping("/partnerships/{id}/outcome-measures/{measureId}/revisions/new")
	String revise(@PathVariable String id, @PathVariable String measureId, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("measureForm") MeasureRevisionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareRevision(id, measureId, user, model);
		ReviseOutcomeMeasureRequest request = form.toRevision(result, this.clock);
		if (request == null) {
			return REVISE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.REVISE_MEASURE, new Object[] { id, measureId },
				request, result, MeasureRevisionForm::formField);
		return (accepted == null) ? REVISE_VIEW
				: Redirects.toOverview(id, accepted, "Outcome measure " + request.name() + " revised", redirect);
	}

	private Permissions prepare(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canSetUp, WHO_MAY);
		PageModel.partnership(model, permissions);
		model.addAttribute("kinds", Option.of(MeasureKind.class));
		model.addAttribute("yesNo", Option.yesNo());
		return permissions;
	}

	private OutcomeMeasure prepareRevision(String id, String measureId, LedgerUser user, Model model) {
		Permissions permissions = prepare(id, user, model);
		OutcomeMeasure measure = permissions.overview()
			.measures()
			.stream()
			.filter((found) -> found.measureId().equals(measureId))
			.findFirst()
			.orElseThrow(() -> new PageNotFoundException("No outcome measure " + measureId));
		model.addAttribute("measure", measure);
		model.addAttribute("measureChanges",
				PageModel.adaptationOptions(permissions.overview()
					.adaptations()
					.stream()
					.filter((adaptation) -> adaptation.category() == AdaptationCategory.OUTCOME_MEASURE_CHANGE
							&& adaptation.status() == AdaptationStatus.AGREED)
					.toList()));
		return measure;
	}

}
