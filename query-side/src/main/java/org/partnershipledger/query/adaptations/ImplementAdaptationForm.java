package org.partnershipledger.query.adaptations;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ImplementAdaptationRequest;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormProblems;

/** The form for recording that an agreed adaptation was put into effect. */
public class ImplementAdaptationForm {

	private DateParts implementedOn = new DateParts();

	private String notes;

	ImplementAdaptationRequest toRequest(BindingResult errors, Clock clock) {
		LocalDate on = DateParts.read(this.implementedOn, "implementedOn", "the date it was put into effect", errors);
		ImplementAdaptationRequest request = new ImplementAdaptationRequest(on, this.notes, null, null);
		FormProblems.reject(request.problems(clock)
			.stream()
			.filter((problem) -> on != null || !"implementedOn".equals(problem.field()))
			.toList(), errors, ImplementAdaptationForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "implementedOn", "notes" -> apiField;
			default -> null;
		};
	}

	public DateParts getImplementedOn() {
		return this.implementedOn;
	}

	public void setImplementedOn(DateParts implementedOn) {
		this.implementedOn = implementedOn;
	}

	public String getNotes() {
		return this.notes;
	}

	public void setNotes(String notes) {
		this.notes = notes;
	}

}
