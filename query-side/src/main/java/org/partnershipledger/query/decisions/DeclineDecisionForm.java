package org.partnershipledger.query.decisions;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.DeclineJointDecisionRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for a party declining a joint decision, with its reason; the party is the
 * person's own.
 */
public class DeclineDecisionForm {

	private String reason;

	DeclineJointDecisionRequest toRequest(String partyId, BindingResult errors, Clock clock) {
		String given = (this.reason == null || this.reason.isBlank()) ? null : this.reason.strip();
		FormChecks.required(errors, "reason", given, "Say why your organisation declines it");
		DeclineJointDecisionRequest request = new DeclineJointDecisionRequest(partyId, given, null, null);
		if (!errors.hasErrors()) {
			FormProblems.reject(request.problems(clock), errors, DeclineDecisionForm::formField);
		}
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return "reason".equals(apiField) ? apiField : null;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
