package org.partnershipledger.query.disputes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ResolveDisputeRequest;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/** The form for recording a dispute's resolution and the parties that agreed it. */
public class ResolveDisputeForm {

	private List<String> agreedByPartyIds = new ArrayList<>();

	private String resolution;

	ResolveDisputeRequest toRequest(BindingResult errors, Clock clock) {
		if (this.agreedByPartyIds == null || this.agreedByPartyIds.isEmpty()) {
			errors.rejectValue("agreedByPartyIds", "required", "Select every party that agreed the resolution");
		}
		ResolveDisputeRequest request = new ResolveDisputeRequest(
				(this.agreedByPartyIds == null || this.agreedByPartyIds.isEmpty()) ? null : this.agreedByPartyIds,
				Lines.textOrNull(this.resolution), null, null);
		FormProblems.reject(request.problems(clock), errors, ResolveDisputeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "agreedByPartyIds", "resolution" -> field;
			default -> null;
		};
	}

	public List<String> getAgreedByPartyIds() {
		return this.agreedByPartyIds;
	}

	public void setAgreedByPartyIds(List<String> agreedByPartyIds) {
		this.agreedByPartyIds = agreedByPartyIds;
	}

	public String getResolution() {
		return this.resolution;
	}

	public void setResolution(String resolution) {
		this.resolution = resolution;
	}

}
