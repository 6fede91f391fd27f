package org.partnershipledger.query.money;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ClosePartnershipRequest;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for closing an exiting partnership: when, a summary, and lessons one a line.
 */
public class ClosePartnershipForm {

	private DateParts closedOn = new DateParts();

	private String summary;

	private String lessons;

	ClosePartnershipRequest toRequest(BindingResult errors, Clock clock) {
		LocalDate date = DateParts.read(this.closedOn, "closedOn", "the date the partnership closes", errors);
		String text = (this.summary == null || this.summary.isBlank()) ? null : this.summary.strip();
		ClosePartnershipRequest request = new ClosePartnershipRequest(date, text, Lines.of(this.lessons), null, null);
		FormProblems.reject(request.problems(clock), errors, ClosePartnershipForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "closedOn", "summary", "lessons" -> field;
			default -> null;
		};
	}

	public DateParts getClosedOn() {
		return this.closedOn;
	}

	public void setClosedOn(DateParts closedOn) {
		this.closedOn = closedOn;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getLessons() {
		return this.lessons;
	}

	public void setLessons(String lessons) {
		this.lessons = lessons;
	}

}
