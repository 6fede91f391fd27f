package org.partnershipledger.query.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.HoldReviewRequest;
import org.partnershipledger.events.health.PartyRatings;
import org.partnershipledger.events.relational.PerformanceRating;
import org.partnershipledger.events.relational.ReviewAction;
import org.partnershipledger.query.partnership.Party;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for recording a held review: who attended, the rating, decisions and actions
 * typed one a line, and optionally a relational health check with one row of ratings per
 * current party.
 */
public class HoldReviewForm {

	private DateParts heldOn = new DateParts();

	private List<String> attendeePartyIds = new ArrayList<>();

	private PerformanceRating performanceRating;

	private String decisions;

	private String actions;

	private Boolean healthCheckDone;

	private List<HealthRatingRow> health = new ArrayList<>();

	/** A blank form with a row of ratings for each of these parties. */
	static HoldReviewForm forParties(List<Party> parties) {
		HoldReviewForm form = new HoldReviewForm();
		parties.forEach((party) -> form.health.add(new HealthRatingRow(party.partyId())));
		return form;
	}

	HoldReviewRequest toRequest(Map<String, String> partyNames, BindingResult errors, Clock clock) {
		LocalDate held = DateParts.read(this.heldOn, "heldOn", "the date the review was held", errors);
		FormChecks.required(errors, "attendeePartyIds", this.attendeePartyIds, "Select the parties that attended");
		FormChecks.required(errors, "performanceRating", this.performanceRating, "Select the performance rating");
		FormChecks.required(errors, "healthCheckDone", this.healthCheckDone,
				"Select yes if a relational health check was done");
		List<PartyRatings> ratings = new ArrayList<>();
		if (Boolean.TRUE.equals(this.healthCheckDone)) {
			for (int i = 0; i < this.health.size(); i++) {
				HealthRatingRow row = this.health.get(i);
				if (!row.isBlank()) {
					ratings.add(row.read("health[" + i + "]", partyNames.getOrDefault(row.getPartyId(), "the party"),
							errors));
				}
			}
			if (ratings.isEmpty()) {
				errors.rejectValue("healthCheckDone", "required",
						"Give at least one party\u2019s ratings, or select no");
			}
		}
		List<ReviewAction> reviewActions = Lines.of(this.actions)
			.stream()
			.map((action) -> new ReviewAction(action, null, null))
			.toList();
		HoldReviewRequest request = new HoldReviewRequest(held, this.attendeePartyIds, Lines.of(this.decisions),
				reviewActions, this.performanceRating, ratings, List.of(), null, null);
		FormProblems.reject(request.problems(clock), errors, HoldReviewForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+].*$", "");
		return switch (field) {
			case "heldOn", "attendeePartyIds", "decisions", "actions", "performanceRating" -> field;
			case "relationalHealth" -> "healthCheckDone";
			default -> null;
		};
	}

	public DateParts getHeldOn() {
		return this.heldOn;
	}

	public void setHeldOn(DateParts heldOn) {
		this.heldOn = heldOn;
	}

	public List<String> getAttendeePartyIds() {
		return this.attendeePartyIds;
	}

	public void setAttendeePartyIds(List<String> attendeePartyIds) {
		this.attendeePartyIds = (attendeePartyIds == null) ? new ArrayList<>() : attendeePartyIds;
	}

	public PerformanceRating getPerformanceRating() {
		return this.performanceRating;
	}

	public void setPerformanceRating(PerformanceRating performanceRating) {
		this.performanceRating = performanceRating;
	}

	public String getDecisions() {
		return this.decisions;
	}

	public void setDecisions(String decisions) {
		this.decisions = decisions;
	}

	public String getActions() {
		return this.actions;
	}

	public void setActions(String actions) {
		this.actions = actions;
	}

	public Boolean getHealthCheckDone() {
		return this.healthCheckDone;
	}

	public void setHealthCheckDone(Boolean healthCheckDone) {
		this.healthCheckDone = healthCheckDone;
	}

	public List<HealthRatingRow> getHealth() {
		return this.health;
	}

	public void setHealth(List<HealthRatingRow> health) {
		this.health = (health == null) ? new ArrayList<>() : health;
	}

}
