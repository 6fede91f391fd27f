package org.partnershipledger.query.web;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.events.api.RejectAdaptationRequest;

/** The form for rejecting an adaptation, with the reasons. */
public class RejectAdaptationForm extends AuthorityFields {

	private String reasons;

	RejectAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "reasons", this.reasons, "Enter why the adaptation is rejected");
		RejectAdaptationRequest request = new RejectAdaptationRequest(this.reasons, null, authority());
		FormProblems.reject(request.problems(clock), errors, RejectAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return apiField.equals("reasons") ? apiField : AuthorityFields.formField(apiField);
	}

	public String getReasons() {
		return this.reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}

}
