package org.partnershipledger.query.disputes;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form proposing a dispute's resolution, a joint decision each party to the dispute
 * confirms for itself; it names no parties.
 */
public class ResolveDisputeForm {

	private String resolution;

	ResolveDisputeRequest toRequest(BindingResult errors, Clock clock) {
		ResolveDisputeRequest request = new ResolveDisputeRequest(null, Lines.textOrNull(this.resolution), null, null);
		FormProblems.reject(request.problems(clock), errors, ResolveDisputeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	/**
	 * The form's field of an API field; a problem with the parties (the form sends none)
	 * is shown in the error summary.
	 */
	static String formField(String apiField) {
		return apiField.equals("resolution") ? apiField : null;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

}
