package org.partnershipledger.query.relational;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ReviseOutcomeMeasureRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/**
 * The form for revising an outcome measure: its new values, why, and (once the
 * partnership is active) the agreed adaptation the revision rests on.
 */
public class MeasureRevisionForm extends MeasureForm {

	private String adaptationId;

	private String reason;

	ReviseOutcomeMeasureRequest toRevision(BindingResult errors, Clock clock) {
		Values values = check(errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the measure is revised");
		ReviseOutcomeMeasureRequest request = new ReviseOutcomeMeasureRequest(getName(), getKind(), getUnit(),
				values.baseline(), values.target(), getPaymentLinked(), values.rate(), this.adaptationId, this.reason,
				null, authority());
		FormProblems.reject(request.problems(clock), errors, MeasureRevisionForm::formField);
		return errors.hasErrors() ? null : request;
	}

	public static String formField(String apiField) {
		return switch (apiField) {
			case "adaptationId", "reason" -> apiField;
			default -> MeasureForm.formField(apiField);
		};
	}

	public String getAdaptationId() {
		return this.adaptationId;
	}

	public void setAdaptationId(String adaptationId) {
		this.adaptationId = adaptationId;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
