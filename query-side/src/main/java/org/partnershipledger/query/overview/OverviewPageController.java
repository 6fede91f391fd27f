package org.partnershipledger.query.overview;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import org.partnershipledger.events.framework.Dimension;
import org.partnershipledger.events.model.BusinessCalendar;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.api.BadParameterException;
import org.partnershipledger.query.evolution.EvolutionChart;
import org.partnershipledger.query.history.AsOf;
import org.partnershipledger.query.history.OverviewAsOf;
import org.partnershipledger.query.history.OverviewHistory;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.Assessment;
import org.partnershipledger.query.partnership.OverviewRepository;
import org.partnershipledger.query.partnership.PartnershipOverview;
import org.partnershipledger.query.partnership.ReassessmentRule;
import org.partnershipledger.query.relational.ActivationChecklist;
import org.partnershipledger.query.timeline.EventLogRepository;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;

/**
 * One partnership: its details, parties, latest recommendation, the chosen model and
 * whether it diverges. Reached after a form with {@code ?minVersion=N}, it waits briefly
 * for the projection to show the person's own change, and says so plainly if it has not
 * yet. With {@code ?asOf=D&axis=recorded|effective} it shows the partnership as it stood
 * then, replayed by the same fold, read-only, with a banner naming where the two axes
 * differ.
 */
@PageController
class OverviewPageController {

	static final String VIEW = "overview/overview";

	static final String PROCESSING_VIEW = "overview/processing";

	static final Duration READ_YOUR_WRITES_WAIT = Duration.ofSeconds(5);

	private final OverviewRepository overviews;

	private final PartnershipLookup partnerships;

	private final Clock clock;

	private final OverviewHistory history;

	private final EventLogRepository eventLog;

	OverviewPageController(OverviewRepository overviews, PartnershipLookup partnerships, Clock clock,
			OverviewHistory history, EventLogRepository eventLog) {
		this.overviews = overviews;
		this.partnerships = partnerships;
		this.clock = clock;
		this.history = history;
		this.eventLog = eventLog;
	}

	@GetMapping(path = "/partnerships/{id}", params = "asOf")
	String overviewAsOf(@PathVariable String id, @RequestParam String asOf, @RequestParam(required = false) String axis,
			@AuthenticationPrincipal LedgerUser user, Model model) {
		PartnershipOverview live = this.partnerships.visible(id, user);
		model.addAttribute("asOfAsked", asOf);
		model.addAttribute("asOfAxis", axis);
		AsOf moment;
		try {
			moment = AsOf.parse(asOf, axis);
		}
		catch (BadParameterException ex) {
			model.addAttribute("asOfProblem", ex.getMessage());
			return overview(id, null, user, model);
		}
		if (moment == null) {
			return overview(id, null, user, model);
		}
		OverviewAsOf view = this.history.asOf(live, moment)
			.orElseThrow(() -> new PageNotFoundException("Partnership " + id + " had not been registered by " + asOf));
		PartnershipOverview then = view.overview();
		PageModel.partnership(model, new Permissions(then, false, false, null, false));
		// Nothing is done to the past, but an auditor may raise a finding about it.
		model.addAttribute("asOf", view);
		model.addAttribute("canCommission", false);
		model.addAttribute("canRaiseFindingAsOf", this.partnerships.permissions(user, live).canRaiseFinding());
		return show(then, moment.at(), model);
	}

	@GetMapping("/partnerships/{id}")
	String overview(@PathVariable String id, @RequestParam(required = false) Long minVersion,
			@AuthenticationPrincipal LedgerUser user, Model model) {
		Optional<PartnershipOverview> found = (minVersion == null) ? this.overviews.find(id)
				: this.overviews.awaitVersion(id, minVersion, READ_YOUR_WRITES_WAIT);
		boolean processing = minVersion != null && found.map((o) -> o.version() < minVersion).orElse(true);
		if (processing) {
			model.addAttribute("processing", model.getAttribute("flash"));
			model.addAttribute("flash", null);
			model.addAttribute("refreshVersion", minVersion);
		}
		if (found.isEmpty() && processing) {
			model.addAttribute("partnershipId", id);
			return PROCESSING_VIEW;
		}
		PartnershipOverview overview = found.filter((o) -> this.partnerships.canSee(user, o))
			.orElseThrow(() -> new PageNotFoundException("No partnership " + id));
		PageModel.partnership(model, this.partnerships.permissions(user, overview));
		model.addAttribute("canCommission", this.partnerships.canCommission(user, overview));
		return show(overview, this.clock.instant(), model);
	}

	/** The overview as it stands at {@code now}: today's or a past moment's. */
	private String show(PartnershipOverview overview, Instant now, Model model) {
		LocalDate today = LocalDate.ofInstant(now, BusinessCalendar.UK);
		model.addAttribute("checklist", ActivationChecklist.of(overview));
		model.addAttribute("recommendation",
				(overview.latestAssessment() != null) ? overview.latestAssessment().recommendation() : null);
		model.addAttribute("history", newestFirst(overview.assessments()));
		model.addAttribute("dimensions", Dimension.values());
		model.addAttribute("today", today);
		model.addAttribute("reassessment", ReassessmentRule.of(overview, today));
		model.addAttribute("chart", EvolutionChart.of(overview.evolution(), now, BusinessCalendar.UK));
		model.addAttribute("findingEvents", this.eventLog.sequencesOf(overview.partnershipId(),
				overview.auditFindings().stream().flatMap((finding) -> finding.eventRefs().stream()).toList()));
		return VIEW;
	}

	private static List<Assessment> newestFirst(List<Assessment> assessments) {
		List<Assessment> history = new ArrayList<>(assessments);
		Collections.reverse(history);
		return history;
	}

}
