package org.partnershipledger.query.adaptations;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RejectAdaptationRequest;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for rejecting an adaptation, with the reasons. */
public class RejectAdaptationForm extends AuthorityFields {

	private String reasons;

	RejectAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "reasons", this.reasons, "Enter why the adaptation is rejected");
		RejectAdaptationRequest request = new RejectAdaptationRequest(this.reasons, null, authority());
		FormProblems.reject(request.problems(clock), errors, RejectAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		return apiField.equals("reasons") ? apiField : AuthorityFields.formField(apiField);
	}

	public String getReasons() {
		return this.reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}

}
