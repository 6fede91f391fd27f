package org.partnershipledger.query.setup;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RegisterPartnershipRequest;
import org.partnershipledger.events.model.LegalRegime;
import org.partnershipledger.events.model.Money;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;

/** The register-a-partnership form, turned into the shared request. */
public class RegisterPartnershipForm {

	private String title;

	private String description;

	private String serviceArea;

	private LegalRegime legalRegime;

	private DateParts plannedStart = new DateParts();

	private DateParts plannedEnd = new DateParts();

	private String estimatedValue;

	/**
	 * The request, or {@code null} when the form has problems, which are then on
	 * {@code errors}: first what cannot be converted, then the request's own checks.
	 */
	RegisterPartnershipRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "title", this.title, "Enter a title");
		FormChecks.required(errors, "description", this.description, "Enter a description");
		FormChecks.required(errors, "serviceArea", this.serviceArea, "Enter the service area");
		FormChecks.required(errors, "legalRegime", this.legalRegime, "Select the legal regime");
		LocalDate start = DateParts.read(this.plannedStart, "plannedStart", "the start date", errors);
		LocalDate end = DateParts.read(this.plannedEnd, "plannedEnd", "the end date", errors);
		Period period = null;
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				errors.rejectValue("plannedEnd", "order", "The end date must be the same as or after the start date");
			}
			else {
				period = new Period(start, end);
			}
		}
		Money value = money(errors);
		RegisterPartnershipRequest request = new RegisterPartnershipRequest(this.title, this.description,
				this.serviceArea, this.legalRegime, period, value, null, null, null, null);
		boolean datesRejected = period == null;
		FormProblems.reject(request.problems(clock)
			.stream()
			.filter((problem) -> !(datesRejected && problem.field().startsWith("plannedPeriod")))
			.toList(), errors, RegisterPartnershipForm::formField);
		return errors.hasErrors() ? null : request;
	}

	private Money money(BindingResult errors) {
		if (this.estimatedValue == null) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(this.estimatedValue.replace("£", "").replace(",", "").strip());
			if (amount.signum() < 0) {
				errors.rejectValue("estimatedValue", "negative", "The estimated value must be 0 or more");
				return null;
			}
			return new Money(amount, "GBP");
		}
		catch (NumberFormatException ex) {
			errors.rejectValue("estimatedValue", "invalid",
					"Enter the estimated value as an amount in pounds, like 250000");
			return null;
		}
	}

	/** The form property for a field the API names, {@code null} if the form has none. */
	static String formField(String apiField) {
		if (apiField.startsWith("plannedPeriod.end")) {
			return "plannedEnd";
		}
		if (apiField.startsWith("plannedPeriod")) {
			return "plannedStart";
		}
		if (apiField.startsWith("estimatedValue")) {
			return "estimatedValue";
		}
		return switch (apiField) {
			case "title", "description", "serviceArea", "legalRegime" -> apiField;
			default -> null;
		};
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getServiceArea() {
		return this.serviceArea;
	}

	public void setServiceArea(String serviceArea) {
		this.serviceArea = serviceArea;
	}

	public LegalRegime getLegalRegime() {
		return this.legalRegime;
	}

	public void setLegalRegime(LegalRegime legalRegime) {
		this.legalRegime = legalRegime;
	}

	public DateParts getPlannedStart() {
		return this.plannedStart;
	}

	public void setPlannedStart(DateParts plannedStart) {
		this.plannedStart = plannedStart;
	}

	public DateParts getPlannedEnd() {
		return this.plannedEnd;
	}

	public void setPlannedEnd(DateParts plannedEnd) {
		this.plannedEnd = plannedEnd;
	}

	public String getEstimatedValue() {
		return this.estimatedValue;
	}

	public void setEstimatedValue(String estimatedValue) {
		this.estimatedValue = estimatedValue;
	}

}
