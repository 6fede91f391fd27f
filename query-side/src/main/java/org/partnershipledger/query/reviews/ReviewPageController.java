package org.partnershipledger.query.reviews;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.events.health.HealthItem;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.query.access.Permissions;
import org.partnershipledger.query.identity.LedgerUser;
import org.partnershipledger.query.partnership.ItemKind;
import org.partnershipledger.query.partnership.Review;
import org.partnershipledger.query.web.CommandPages;
import org.partnershipledger.query.web.Labels;
import org.partnershipledger.query.web.LedgerPages;
import org.partnershipledger.query.web.Option;
import org.partnershipledger.query.web.PageController;
import org.partnershipledger.query.web.PageForbiddenException;
import org.partnershipledger.query.web.PageModel;
import org.partnershipledger.query.web.PageNotFoundException;
import org.partnershipledger.query.web.PartnershipLookup;
import org.partnershipledger.query.web.Redirects;
import org.partnershipledger.query.web.ReviewWords;

/**
 * Review points on pages: the commissioner schedules, moves and records them; each party
 * confirms a held review's minutes for itself.
 */
@PageController
class ReviewPageController {

	static final String SCHEDULE_VIEW = "reviews/schedule";

	static final String RESCHEDULE_VIEW = "reviews/reschedule";

	static final String HOLD_VIEW = "reviews/hold";

	static final String CONFIRM_VIEW = "reviews/confirm-minutes";

	private static final String COMMISSIONER_ONLY = "Only a commissioner of this partnership can schedule, move or "
			+ "record its reviews, once a model is chosen.";

	private final PartnershipLookup partnerships;

	private final CommandPages commands;

	private final Clock clock;

	ReviewPageController(PartnershipLookup partnerships, CommandPages commands, Clock clock) {
		this.partnerships = partnerships;
		this.commands = commands;
		this.clock = clock;
	}

	@GetMapping("/partnerships/{id}/reviews/new")
	String scheduleForm(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") ScheduleReviewForm form, Model model) {
		prepareSchedule(id, user, model);
		return SCHEDULE_VIEW;
	}

	@PostMapping("/partnerships/{id}/reviews/new")
	String schedule(@PathVariable String id, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") ScheduleReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		prepareSchedule(id, user, model);
		ScheduleReviewRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return SCHEDULE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.SCHEDULE_REVIEW, new Object[] { id }, request, result,
				ScheduleReviewForm::formField);
		return (accepted == null) ? SCHEDULE_VIEW : Redirects.toOverview(id, accepted,
				Labels.of(request.type()) + " scheduled for " + LedgerPages.longDate(request.dueDate()), redirect);
	}

	@GetMapping("/partnerships/{id}/reviews/{rid}/rescheduling/new")
	String rescheduleForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") RescheduleReviewForm form, Model model) {
		commissionersReview(id, rid, user, model);
		return RESCHEDULE_VIEW;
	}

	@PostMapping("/partnerships/{id}/reviews/{rid}/rescheduling/new")
	String reschedule(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") RescheduleReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Review review = commissionersReview(id, rid, user, model);
		RescheduleReviewRequest request = form.toRequest(result, this.clock);
		if (request == null) {
			return RESCHEDULE_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.RESCHEDULE_REVIEW, new Object[] { id, rid }, request,
				result, RescheduleReviewForm::formField);
		return (accepted == null) ? RESCHEDULE_VIEW : Redirects.toOverview(id, accepted,
				Labels.of(review.type()) + " moved to " + LedgerPages.longDate(request.newDueDate()), redirect);
	}

	@GetMapping("/partnerships/{id}/reviews/{rid}/held/new")
	String holdForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			Model model) {
		commissionersReview(id, rid, user, model);
		Permissions permissions = (Permissions) model.getAttribute("permissions");
		model.addAttribute("reviewForm", HoldReviewForm.forParties(permissions.overview().currentParties()));
		return HOLD_VIEW;
	}

	@PostMapping("/partnerships/{id}/reviews/{rid}/held/new")
	String hold(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") HoldReviewForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Review review = commissionersReview(id, rid, user, model);
		@SuppressWarnings("unchecked")
		Map<String, String> partyNames = (Map<String, String>) model.getAttribute("partyNames");
		HoldReviewRequest request = form.toRequest(partyNames, result, this.clock);
		if (request == null) {
			return HOLD_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.HOLD_REVIEW, new Object[] { id, rid }, request,
				result, HoldReviewForm::formField);
		return (accepted == null) ? HOLD_VIEW
				: Redirects.toOverview(id, accepted, Labels.of(review.type()) + " recorded as held", redirect);
	}

	@GetMapping("/partnerships/{id}/reviews/{rid}/minutes-confirmation/new")
	String confirmForm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") ConfirmMinutesForm form, Model model) {
		partysReview(id, rid, user, model);
		return CONFIRM_VIEW;
	}

	@PostMapping("/partnerships/{id}/reviews/{rid}/minutes-confirmation/new")
	String confirm(@PathVariable String id, @PathVariable String rid, @AuthenticationPrincipal LedgerUser user,
			@ModelAttribute("reviewForm") ConfirmMinutesForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Permissions permissions = partysReview(id, rid, user, model);
		ConfirmReviewMinutesRequest request = form.toRequest(permissions.ownPartyId(), result, this.clock);
		if (request == null) {
			return CONFIRM_VIEW;
		}
		Accepted accepted = this.commands.send(user, CommandRoute.CONFIRM_MINUTES, new Object[] { id, rid }, request,
				result, ConfirmMinutesForm::formField);
		return (accepted == null) ? CONFIRM_VIEW : Redirects.toOverview(id, accepted,
				(request.dissent() != null) ? "Minutes confirmed, with your dissent recorded" : "Minutes confirmed",
				redirect);
	}

	private void prepareSchedule(String id, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.allowed(id, user, Permissions::canScheduleReview,
				COMMISSIONER_ONLY);
		PageModel.partnership(model, permissions);
		model.addAttribute("reviewTypes", ReviewWords.typesWithCadence());
		model.addAttribute("bodyOptions",
				(permissions.overview().governance() == null) ? List.of()
						: permissions.overview()
							.governance()
							.bodies()
							.stream()
							.map((body) -> Option.of(body.bodyId(), body.name()))
							.toList());
		model.addAttribute("yesNo", Option.yesNo());
	}

	private Review commissionersReview(String id, String rid, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.REVIEW, rid));
		Review review = review(permissions, rid);
		if (!permissions.canRescheduleOrHold(review)) {
			throw new PageForbiddenException(
					"Only a commissioner of this partnership can move or record a review, and only while it is "
							+ "scheduled.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("review", review);
		model.addAttribute("ratings", Option.of(PerformanceRating.class));
		model.addAttribute("healthItems", HealthItem.values());
		model.addAttribute("healthRatings",
				IntStream.rangeClosed(1, 5)
					.mapToObj((rating) -> Option.of(String.valueOf(rating), ReviewWords.rating(rating)))
					.toList());
		model.addAttribute("yesNo", Option.yesNo());
		return review;
	}

	private Permissions partysReview(String id, String rid, LedgerUser user, Model model) {
		Permissions permissions = this.partnerships.permissions(user,
				this.partnerships.visible(id, user, ItemKind.REVIEW, rid));
		Review review = review(permissions, rid);
		if (!permissions.canConfirmMinutes(review)) {
			throw new PageForbiddenException(
					"Each party to the partnership confirms a held review\u2019s minutes " + "for itself, once.");
		}
		PageModel.partnership(model, permissions);
		model.addAttribute("review", review);
		return permissions;
	}

	private static Review review(Permissions permissions, String rid) {
		return permissions.overview().review(rid).orElseThrow(() -> new PageNotFoundException("No review " + rid));
	}

}
