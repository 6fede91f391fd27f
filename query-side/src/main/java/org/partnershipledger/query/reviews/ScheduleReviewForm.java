package org.partnershipledger.query.reviews;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ScheduleReviewRequest;
import org.partnershipledger.events.relational.ReviewType;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for scheduling a review point; the grace is typed as text, so that what the
 * person typed comes back when it is not a number.
 */
public class ScheduleReviewForm {

	private ReviewType type;

	private DateParts dueDate = new DateParts();

	private String graceDays;

	private String bodyId;

	private String agenda;

	private Boolean requiresRelationalHealthCheck;

	private Boolean requiresReassessment;

	ScheduleReviewRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "type", this.type, "Select the type of review");
		LocalDate due = DateParts.read(this.dueDate, "dueDate", "the due date", errors);
		Integer grace = null;
		if (this.graceDays != null && !this.graceDays.isBlank()) {
			try {
				grace = Integer.valueOf(this.graceDays.strip());
			}
			catch (NumberFormatException ex) {
				errors.rejectValue("graceDays", "invalid", "Enter the grace as a whole number of days, like 14");
			}
		}
		ScheduleReviewRequest request = new ScheduleReviewRequest(this.type, due, grace, blankToNull(this.bodyId),
				Lines.of(this.agenda), this.requiresRelationalHealthCheck, this.requiresReassessment, null, null);
		FormProblems.reject(request.problems(clock), errors, ScheduleReviewForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "type", "dueDate", "graceDays", "bodyId", "agenda", "requiresRelationalHealthCheck",
					"requiresReassessment" ->
				field;
			default -> null;
		};
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	public ReviewType getType() {
		return this.type;
	}

	public void setType(ReviewType type) {
		this.type = type;
	}

	public DateParts getDueDate() {
		return this.dueDate;
	}

	public void setDueDate(DateParts dueDate) {
		this.dueDate = dueDate;
	}

	public String getGraceDays() {
		return this.graceDays;
	}

	public void setGraceDays(String graceDays) {
		this.graceDays = graceDays;
	}

	public String getBodyId() {
		return this.bodyId;
	}

	public void setBodyId(String bodyId) {
		this.bodyId = bodyId;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public Boolean getRequiresRelationalHealthCheck() {
		return this.requiresRelationalHealthCheck;
	}

	public void setRequiresRelationalHealthCheck(Boolean requiresRelationalHealthCheck) {
		this.requiresRelationalHealthCheck = requiresRelationalHealthCheck;
	}

	public Boolean getRequiresReassessment() {
		return this.requiresReassessment;
	}

	public void setRequiresReassessment(Boolean requiresReassessment) {
		this.requiresReassessment = requiresReassessment;
	}

}
