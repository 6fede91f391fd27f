package org.partnershipledger.query.adaptations;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.WithdrawAdaptationRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for withdrawing one's own proposal. */
public class WithdrawAdaptationForm {

	private String reason;

	WithdrawAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "reason", this.reason, "Enter why the proposal is withdrawn");
		WithdrawAdaptationRequest request = new WithdrawAdaptationRequest(this.reason, null, null);
		FormProblems.reject(request.problems(clock), errors, WithdrawAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return apiField.equals("reason") ? apiField : null;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
