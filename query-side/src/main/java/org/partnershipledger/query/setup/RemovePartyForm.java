package org.partnershipledger.query.setup;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RemovePartyRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form for recording that a party left the partnership. */
public class RemovePartyForm {

	private String reason;

	private String partyChangeAdaptationId;

	RemovePartyRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "reason", this.reason, "Enter why the party is leaving");
		RemovePartyRequest request = new RemovePartyRequest(this.reason, this.partyChangeAdaptationId, null, null,
				null);
		FormProblems.reject(request.problems(clock), errors, RemovePartyForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "reason", "partyChangeAdaptationId" -> apiField;
			default -> null;
		};
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public String getPartyChangeAdaptationId() {
		return this.partyChangeAdaptationId;
	}

	public void setPartyChangeAdaptationId(String partyChangeAdaptationId) {
		this.partyChangeAdaptationId = partyChangeAdaptationId;
	}

}
