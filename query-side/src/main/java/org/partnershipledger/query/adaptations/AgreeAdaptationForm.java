package org.partnershipledger.query.adaptations;

import java.time.Clock;
import java.util.List;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AgreeAdaptationRequest;
import org.partnershipledger.events.relational.Approval;
import org.partnershipledger.query.web.AuthorityFields;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form proposing that a governance body agrees an adaptation: the body, the
 * conditions typed one a line, and the comment of the proposer's own party, sent as its
 * approval (and only its own: each other party the agreement binds confirms it itself).
 */
public class AgreeAdaptationForm extends AuthorityFields {

	private String decidedBy;

	private String comment;

	private String conditions;

	/**
	 * The request, or {@code null} with the problems on {@code errors}.
	 * @param ownPartyId the proposing person's party, whose comment is its approval
	 */
	AgreeAdaptationRequest toRequest(BindingResult errors, Clock clock, String ownPartyId) {
		FormChecks.required(errors, "decidedBy", this.decidedBy, "Select the body that decided");
		String ownComment = Lines.textOrNull(this.comment);
		List<Approval> approvals = (ownComment == null || ownPartyId == null) ? null
				: List.of(new Approval(ownPartyId, ownComment));
		AgreeAdaptationRequest request = new AgreeAdaptationRequest(this.decidedBy, approvals,
				Lines.of(this.conditions), null, null, authority());
		FormProblems.reject(request.problems(clock), errors, AgreeAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	/**
	 * The form's field of an API field: the only approval the form sends is its own
	 * party's comment, so any problem with the approvals is shown on it.
	 */
	public static String formField(String apiField) {
		if (apiField.startsWith("approvals")) {
			return "comment";
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

	public String getComment() {
		return this.comment;
	}

	public void setComment(String comment) {
		this.comment = comment;
	}

	public String getConditions() {
		return this.conditions;
	}

	public void setConditions(String conditions) {
		this.conditions = conditions;
	}

}
