package org.partnershipledger.query.money;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ReportOutcomeRequest;
import org.partnershipledger.events.model.Period;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Numbers;

/**
 * The form for a provider's outcome report, always for its own party; the value is typed
 * as text, so that what the person typed comes back when it is not a number.
 */
public class ReportOutcomeForm {

	private String measureId;

	private DateParts periodStart = new DateParts();

	private DateParts periodEnd = new DateParts();

	private String value;

	private String cohortDescription;

	ReportOutcomeRequest toRequest(String providerPartyId, BindingResult errors, Clock clock) {
		FormChecks.required(errors, "measureId", blank(this.measureId) ? null : this.measureId,
				"Select the measure reported on");
		LocalDate start = DateParts.read(this.periodStart, "periodStart", "the start of the period", errors);
		LocalDate end = DateParts.read(this.periodEnd, "periodEnd", "the end of the period", errors);
		Period period = null;
		if (start != null && end != null) {
			if (end.isBefore(start)) {
				errors.rejectValue("periodEnd", "order", "The end of the period must not be before its start");
			}
			else {
				period = new Period(start, end);
			}
		}
		BigDecimal number = Numbers.read(this.value, "value", "Enter the value as a number, like 42", errors);
		ReportOutcomeRequest request = new ReportOutcomeRequest(providerPartyId,
				blank(this.measureId) ? null : this.measureId, period, number,
				blank(this.cohortDescription) ? null : this.cohortDescription.strip(), null, null);
		FormProblems.reject(request.problems(clock), errors, ReportOutcomeForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		return switch (apiField) {
			case "measureId", "value", "cohortDescription" -> apiField;
			case "period", "period.startDate" -> "periodStart";
			case "period.endDate" -> "periodEnd";
			default -> null;
		};
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	public String getMeasureId() {
		return this.measureId;
	}

	public void setMeasureId(String measureId) {
		this.measureId = measureId;
	}

	public DateParts getPeriodStart() {
		return this.periodStart;
	}

	public void setPeriodStart(DateParts periodStart) {
		this.periodStart = periodStart;
	}

	public DateParts getPeriodEnd() {
		return this.periodEnd;
	}

	public void setPeriodEnd(DateParts periodEnd) {
		this.periodEnd = periodEnd;
	}

	public String getValue() {
		return this.value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	public String getCohortDescription() {
		return this.cohortDescription;
	}

	public void setCohortDescription(String cohortDescription) {
		this.cohortDescription = cohortDescription;
	}

}
