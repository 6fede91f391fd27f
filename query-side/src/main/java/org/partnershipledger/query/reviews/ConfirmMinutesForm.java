package org.partnershipledger.query.reviews;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ConfirmReviewMinutesRequest;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for a party confirming a held review's minutes; the party is the person's own,
 * not a field.
 */
public class ConfirmMinutesForm {

	private String dissent;

	ConfirmReviewMinutesRequest toRequest(String partyId, BindingResult errors, Clock clock) {
		String given = (this.dissent == null || this.dissent.isBlank()) ? null : this.dissent.strip();
		ConfirmReviewMinutesRequest request = new ConfirmReviewMinutesRequest(partyId, given, null, null);
		FormProblems.reject(request.problems(clock), errors, ConfirmMinutesForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return "dissent".equals(apiField) ? apiField : null;
	}

	public String getDissent() {
		return this.dissent;
	}

	public void setDissent(String dissent) {
		this.dissent = dissent;
	}

}
