package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.EndAlignmentInstrumentRequest;
import org.partnershipledger.api.ExtendContractRequest;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * A date and the reason for it: the new end of an extended contract, or the day an
 * alignment instrument ended.
 */
public class ContractEndDateForm {

	private DateParts date = new DateParts();

	private String reason;

	ExtendContractRequest toExtension(BindingResult errors, Clock clock) {
		LocalDate newEnd = DateParts.read(this.date, "date", "the new end date", errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the contract is extended");
		ExtendContractRequest request = new ExtendContractRequest(newEnd, Lines.textOrNull(this.reason), null, null,
				null);
		FormProblems.reject(request.problems(clock), errors, ContractEndDateForm::formField);
		return errors.hasErrors() ? null : request;
	}

	EndAlignmentInstrumentRequest toInstrumentEnding(BindingResult errors, Clock clock) {
		LocalDate ended = DateParts.read(this.date, "date", "the date the instrument ended", errors);
		FormChecks.required(errors, "reason", this.reason, "Enter why the instrument ended");
		EndAlignmentInstrumentRequest request = new EndAlignmentInstrumentRequest(ended, Lines.textOrNull(this.reason),
				null, null);
		FormProblems.reject(request.problems(clock), errors, ContractEndDateForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "newEndDate", "endedOn" -> "date";
			case "reason" -> apiField;
			default -> null;
		};
	}

	public DateParts getDate() {
		return this.date;
	}

	public void setDate(DateParts date) {
		this.date = date;
	}

	public String getReason() {
		return this.reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
