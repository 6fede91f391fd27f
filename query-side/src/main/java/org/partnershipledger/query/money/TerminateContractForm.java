package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.TerminateContractRequest;
import org.partnershipledger.events.relational.TerminationReason;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormProblems;

/** The form for ending the contract: why, from when, and in the commissioner's words. */
public class TerminateContractForm {

	private TerminationReason reason;

	private DateParts terminationDate = new DateParts();

	private String explanation;

	TerminateContractRequest toRequest(BindingResult errors, Clock clock) {
		LocalDate date = DateParts.read(this.terminationDate, "terminationDate", "the date the contract ends", errors);
		String text = (this.explanation == null || this.explanation.isBlank()) ? null : this.explanation.strip();
		TerminateContractRequest request = new TerminateContractRequest(this.reason, date, text, null, null);
		FormProblems.reject(request.problems(clock), errors, TerminateContractForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "reason", "terminationDate", "explanation" -> apiField;
			default -> null;
		};
	}

	public TerminationReason getReason() {
		return this.reason;
	}

	public void setReason(TerminationReason reason) {
		this.reason = reason;
	}

	public DateParts getTerminationDate() {
		return this.terminationDate;
	}

	public void setTerminationDate(DateParts terminationDate) {
		this.terminationDate = terminationDate;
	}

	public String getExplanation() {
		return this.explanation;
	}

	public void setExplanation(String explanation) {
		this.explanation = explanation;
	}

}
