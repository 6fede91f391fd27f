package org.partnershipledger.query.disputes;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RaiseDisputeRequest;
import org.partnershipledger.events.relational.PrincipleCode;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/** The form for raising a dispute for the person's own party with other parties. */
public class RaiseDisputeForm {

	private List<String> withPartyIds = new ArrayList<>();

	private String subject;

	private String description;

	private List<PrincipleCode> principlesAllegedlyBreached = new ArrayList<>();

	RaiseDisputeRequest toRequest(String ownPartyId, BindingResult errors, Clock clock) {
		if (this.withPartyIds == null || this.withPartyIds.isEmpty()) {
			errors.rejectValue("withPartyIds", "required", "Select the parties the dispute is with");
		}
		RaiseDisputeRequest request = new RaiseDisputeRequest(ownPartyId,
				(this.withPartyIds == null || this.withPartyIds.isEmpty()) ? null : this.withPartyIds,
				Lines.textOrNull(this.subject), Lines.textOrNull(this.description), this.principlesAllegedlyBreached,
				null, null);
		FormProblems.reject(request.problems(clock), errors, RaiseDisputeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "withPartyIds", "subject", "description", "principlesAllegedlyBreached" -> field;
			default -> null;
		};
	}

	public List<String> getWithPartyIds() {
		return this.withPartyIds;
	}

	public void setWithPartyIds(List<String> withPartyIds) {
		this.withPartyIds = withPartyIds;
	}

	public String getSubject() {
		return this.subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<PrincipleCode> getPrinciplesAllegedlyBreached() {
		return this.principlesAllegedlyBreached;
	}

	public void setPrinciplesAllegedlyBreached(List<PrincipleCode> principlesAllegedlyBreached) {
		this.principlesAllegedlyBreached = principlesAllegedlyBreached;
	}

}
