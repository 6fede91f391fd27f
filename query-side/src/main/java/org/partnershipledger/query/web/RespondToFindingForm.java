package org.partnershipledger.query.web;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.events.api.RespondToAuditFindingRequest;

/** The commissioner's response to an audit finding: accepted or not, and why. */
public class RespondToFindingForm {

	private String response;

	private Boolean accepted;

	RespondToAuditFindingRequest toRequest(BindingResult errors, Clock clock) {
		String text = (this.response == null || this.response.isBlank()) ? null : this.response.strip();
		RespondToAuditFindingRequest request = new RespondToAuditFindingRequest(text, this.accepted, null, null);
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
