package org.partnershipledger.query.audit;

import java.time.Clock;
import java.util.ArrayList;
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
import org.partnershipledger.api.CommandRoute;
import org.partnershipledger.api.RecordTransparencyNoticeRequest;
import org.partnershipledger.events.relational.TransparencyNoticeType;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ContractVariation;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;

/**
 * Transparency notices on pages: the commissioner records a notice it published, about
 * the partnership, its contract or instrument, a variation or an adaptation; also after
 * closure.
 */
@PageController
class TransparencyNoticePageController {

	static final String VIEW = "audit/record-notice";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	TransparencyNoticePageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/transparency-notices/new")
	String form(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("noticeForm") RecordNoticeForm form, Model model) {
		prepare(id, user, model);
		return VIEW;
	}

	@PostMapping("/partnerships/{id}/transparency-notices/new")
	String record(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("noticeForm") RecordNoticeForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepare(id, user, model);
		RecordTransparencyNoticeRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RECORD_NOTICE, new Object[] { id }, request, result,
				RecordNoticeForm::formField);
		return (accepted == null) ? VIEW : Redirects.toOverview(id, accepted,
				Labels.of(request.noticeType()) + " " + request.reference() + " recorded", redirect);
	}

	private void prepare(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canRecordNotice,
				"Only a commissioner of this partnership records its transparency notices.");
		PageModel.partnership(model, permissions);
		model.addAttribute("noticeTypes", Option.of(TransparencyNoticeType.class));
		model.addAttribute("subjects", subjects(permissions.overview()));
	}

	/** What a notice may be about, besides the partnership as a whole. */
	private static List<Option> subjects(PartnershipOverview overview) {
		List<Option> subjects = new ArrayList<>();
		if (overview.contract() != null) {
			subjects.add(Option.of(overview.contract().contractId(), "The contract"));
		}
		if (overview.alignmentInstrument() != null) {
			subjects.add(Option.of(overview.alignmentInstrument().instrumentId(), "The alignment instrument"));
		}
		for (ContractVariation variation : overview.variations()) {
			subjects.add(Option.of(variation.variationId(),
					"The contract variation effective " + LedgerPages.longDate(variation.effectiveDate())));
		}
		overview.adaptations()
			.forEach((adaptation) -> subjects
				.add(Option.of(adaptation.adaptationId(), "The adaptation: " + adaptation.title())));
		return subjects;
	}

}
