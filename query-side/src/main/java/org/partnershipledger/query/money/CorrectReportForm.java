package org.partnershipledger.query.money;

import java.math.BigDecimal;
import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.CorrectOutcomeReportRequest;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;
import org.partnershipledger.query.web.Numbers;

/**
 * The provider's correction of its own outcome report: the right value and why. The
 * correction is a new report; the original stays as reported, marked superseded.
 */
public class CorrectReportForm {

	private String value;

	private String reason;

	CorrectOutcomeReportRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "value", this.value, "Enter the corrected value");
		BigDecimal number = Numbers.read(this.value, "value", "Enter the value as a number, like 42", errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the report is corrected");
		CorrectOutcomeReportRequest request = new CorrectOutcomeReportRequest(number, Lines.textOrNull(this.reason),
				null, null);
		FormProblems.reject(request.problems(clock), errors, CorrectReportForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "value", "reason" -> apiField;
			default -> null;
		};
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
