package org.partnershipledger.query.relational;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.AgreeSharedVisionRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The form proposing a new version of the shared vision. */
public class VisionForm extends JointDecisionFields {

	private String statement;

	AgreeSharedVisionRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "statement", this.statement, "Enter the shared vision");
		AgreeSharedVisionRequest request = new AgreeSharedVisionRequest(this.statement, null, null, authority());
		FormProblems.reject(request.problems(clock), errors, VisionForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		return apiField.equals("statement") ? apiField : JointDecisionFields.formField(apiField);
	}

	public String getStatement() {
		return this.statement;
	}

	public void setStatement(String statement) {
		this.statement = statement;
	}

}
