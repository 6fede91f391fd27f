package org.partnershipledger.query.reviews;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RescheduleReviewRequest;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for moving a scheduled review to a new due date, with the reason. */
public class RescheduleReviewForm {

	private DateParts newDueDate = new DateParts();

	private String reason;

	RescheduleReviewRequest toRequest(BindingResult errors, Clock clock) {
		LocalDate due = DateParts.read(this.newDueDate, "newDueDate", "the new due date", errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the review is moving");
		RescheduleReviewRequest request = new RescheduleReviewRequest(due, this.reason, null, null);
		FormProblems.reject(request.problems(clock), errors, RescheduleReviewForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "newDueDate", "reason" -> apiField;
			default -> null;
		};
	}

	public DateParts getNewDueDate() {
		return this.newDueDate;
	}

	public void setNewDueDate(DateParts newDueDate) {
		this.newDueDate = newDueDate;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
