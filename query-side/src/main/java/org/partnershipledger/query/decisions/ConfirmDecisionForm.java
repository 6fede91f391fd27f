package org.partnershipledger.query.decisions;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ConfirmJointDecisionRequest;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for a party confirming a joint decision; the party is the person's own, not a
 * field.
 */
public class ConfirmDecisionForm {

	private String comment;

	ConfirmJointDecisionRequest toRequest(String partyId, BindingResult errors, Clock clock) {
		String given = (this.comment == null || this.comment.isBlank()) ? null : this.comment.strip();
		ConfirmJointDecisionRequest request = new ConfirmJointDecisionRequest(partyId, given, null, null);
		FormProblems.reject(request.problems(clock), errors, ConfirmDecisionForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return "comment".equals(apiField) ? apiField : null;
	}

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

}
