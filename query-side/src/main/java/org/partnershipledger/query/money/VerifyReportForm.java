package org.partnershipledger.query.money;

import java.time.Clock;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.QueryOutcomeReportRequest;
import org.partnershipledger.api.VerifyOutcomeReportRequest;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The commissioner's answer to an outcome report: verified, so it may be paid on, with
 * optional notes; or queried, with the question the provider is to answer.
 */
public class VerifyReportForm {

	private String notes;

	private String question;

	VerifyOutcomeReportRequest toVerification(BindingResult errors, Clock clock) {
		VerifyOutcomeReportRequest request = new VerifyOutcomeReportRequest(Lines.textOrNull(this.notes), null, null);
		FormProblems.reject(request.problems(clock), errors, VerifyReportForm::formField);
		return errors.hasErrors() ? null : request;
	}

	QueryOutcomeReportRequest toQuery(BindingResult errors, Clock clock) {
		QueryOutcomeReportRequest request = new QueryOutcomeReportRequest(Lines.textOrNull(this.question), null, null);
		FormProblems.reject(request.problems(clock), errors, VerifyReportForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "notes", "question" -> apiField;
			default -> null;
		};
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

	public String getQuestion() {
		return this.question;
	}

	public void setQuestion(String question) {
		this.question = question;
	}

}
