package org.partnershipledger.query.timeline;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Page;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PartnershipLookup;

/**
 * A partnership's timeline: every event in order, who did it, under what authority, when
 * it took effect and when it was recorded, why, and the stored envelope one click away;
 * filtered by type, person and period with a plain GET form.
 */
@PageController
class TimelinePageController {

	static final String VIEW = "timeline/timeline";

	/** How many events a page of the timeline shows. */
	static final int PAGE_SIZE = 50;

	private final PartnershipLookup partnerships;

	private final EventLogRepository eventLog;

	TimelinePageController(PartnershipLookup partnerships, EventLogRepository eventLog) {
		this.partnerships = partnerships;
		this.eventLog = eventLog;
	}

	@GetMapping("/partnerships/{id}/timeline")
	String timeline(@PathVariable String id, @RequestParam(required = false) String type,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal LedgerUser user, Model model) {
		PartnershipOverview overview = this.partnerships.visible(id, user);
		PageModel.partnership(model, this.partnerships.permissions(user, overview));
		model.addAttribute("type", type);
		model.addAttribute("actor", actor);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("types",
				this.eventLog.types(id)
					.stream()
					.map((wireName) -> Option.of(wireName, TimelineRow.words(wireName)))
					.toList());
		model.addAttribute("actors", actorOptions(this.eventLog.actors(id)));
		TimelineFilter filter;
		try {
			filter = TimelineFilter.parse(type, actor, from, to);
		}
		catch (BadParameterException ex) {
			model.addAttribute("problemField", ex.parameter());
			model.addAttribute("problem", ex.getMessage());
			model.addAttribute("rows", List.of());
			return VIEW;
		}
		SummaryNames names = SummaryNames.of(overview);
		long total = this.eventLog.count(id, filter);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int number = Math.min(Math.max((page != null) ? page : 0, 0), pages - 1);
		model.addAttribute("filtered", filter.narrows());
		model.addAttribute("total", total);
		model.addAttribute("page", number);
		model.addAttribute("pages", pages);
		model.addAttribute("previousPage", (number > 0) ? pageUrl(number - 1) : null);
		model.addAttribute("nextPage", (number + 1 < pages) ? pageUrl(number + 1) : null);
		model.addAttribute("rows",
				this.eventLog.envelopes(id, filter, new Page(number, PAGE_SIZE))
					.stream()
					.map((envelope) -> TimelineRow.of(envelope, names))
					.toList());
		return VIEW;
	}

	private static String pageUrl(int number) {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number).build().toUriString();
	}

	private static List<Option> actorOptions(List<Actor> actors) {
		return actors.stream()
			.map((person) -> Option.of(person.userId(), person.displayName() + " (" + Labels.of(person.role()) + ")"))
			.toList();
	}

}
