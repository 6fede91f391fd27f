package org.partnershipledger.query.disputes;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.EscalateDisputeRequest;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/** The form for moving a dispute to a further step of the ladder, and why. */
public class EscalateDisputeForm {

	private DisputeStep toStep;

	private String reason;

	EscalateDisputeRequest toRequest(BindingResult errors, Clock clock) {
		EscalateDisputeRequest request = new EscalateDisputeRequest(this.toStep, Lines.textOrNull(this.reason), null,
				null, null);
		FormProblems.reject(request.problems(clock), errors, EscalateDisputeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "toStep", "reason" -> apiField;
			default -> null;
		};
	}

	public DisputeStep getToStep() {
		return this.toStep;
	}

	public void setToStep(DisputeStep toStep) {
		this.toStep = toStep;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
