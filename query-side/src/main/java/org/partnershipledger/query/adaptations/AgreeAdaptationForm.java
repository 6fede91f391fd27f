package org.partnershipledger.query.adaptations;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for recording that an adaptation was agreed: the deciding body, an approval
 * row for each affected party (property {@code approvals[i]}), and the conditions typed
 * one a line. Only the ticked approvals are sent, so a missing one is refused by name.
 */
public class AgreeAdaptationForm extends AuthorityFields {

	private String decidedBy;

	private List<ApprovalRow> approvals = new ArrayList<>();

	private String conditions;

	private final List<Integer> sentRows = new ArrayList<>();

	static AgreeAdaptationForm forParties(List<String> affectedPartyIds) {
		AgreeAdaptationForm form = new AgreeAdaptationForm();
		affectedPartyIds.forEach((partyId) -> form.approvals.add(ApprovalRow.of(partyId)));
		return form;
	}

	AgreeAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "decidedBy", this.decidedBy, "Select the body that decided");
		List<Approval> sent = new ArrayList<>();
		this.sentRows.clear();
		for (int i = 0; i < this.approvals.size(); i++) {
			ApprovalRow row = this.approvals.get(i);
			if (row.isApproved()) {
				this.sentRows.add(i);
				sent.add(new Approval(row.getPartyId(), row.getComment()));
			}
		}
		if (sent.isEmpty() && !this.approvals.isEmpty()) {
			errors.rejectValue("approvals[0].approved", "required",
					"Tick the approval of every party whose obligations change");
		}
		AgreeAdaptationRequest request = new AgreeAdaptationRequest(this.decidedBy, sent, Lines.of(this.conditions),
				null, null, authority());
		FormProblems.reject(request.problems(clock), errors, this::fieldOf);
		return errors.hasErrors() ? null : request;
	}

	String fieldOf(String apiField) {
		if (apiField.startsWith("approvals[")) {
			int end = apiField.indexOf(']');
			int index = Integer.parseInt(apiField.substring("approvals[".length(), end));
			int row = (index < this.sentRows.size()) ? this.sentRows.get(index) : index;
			return "approvals[" + row + "]" + (apiField.endsWith(".comment") ? ".comment" : ".approved");
		}
		if (apiField.startsWith("approvals")) {
			return "approvals[0].approved";
		}
		if (apiField.startsWith("conditions")) {
			return "conditions";
		}
		return apiField.equals("decidedBy") ? apiField : AuthorityFields.formField(apiField);
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public void setDecidedBy(String decidedBy) {
		this.decidedBy = decidedBy;
	}

	public List<ApprovalRow> getApprovals() {
		return this.approvals;
	}

	public void setApprovals(List<ApprovalRow> approvals) {
		this.approvals = (approvals == null) ? new ArrayList<>() : approvals;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

}
