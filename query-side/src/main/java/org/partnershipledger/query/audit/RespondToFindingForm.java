package org.partnershipledger.query.audit;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RespondToAuditFindingRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/** The commissioner's response to an audit finding: accepted or not, and why. */
public class RespondToFindingForm {

	private String response;

	private Boolean accepted;

	RespondToAuditFindingRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "accepted", this.accepted, "Select whether you accept the finding");
		FormChecks.required(errors, "response", this.response, "Enter your response to the finding");
		RespondToAuditFindingRequest request = new RespondToAuditFindingRequest(Lines.textOrNull(this.response),
				this.accepted, null, null);
		FormProblems.reject(request.problems(clock), errors, RespondToFindingForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "response", "accepted" -> apiField;
			default -> null;
		};
	}

	public String getResponse() {
		return this.response;
	}

	public void setResponse(String response) {
		this.response = response;
	}

	public Boolean getAccepted() {
		return this.accepted;
	}

	public void setAccepted(Boolean accepted) {
		this.accepted = accepted;
	}

}
