package org.partnershipledger.query.audit;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.RaiseAuditFindingRequest;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;
import org.partnershipledger.query.web.FormProblems;
import org.partnershipledger.query.web.Lines;

/**
 * The form for an auditor's finding; the events it rests on are typed one a line, so a
 * finding can cite them without a picker.
 */
public class RaiseAuditFindingForm {

	private String scope;

	private DateParts asOf = new DateParts();

	private String finding;

	private FindingSeverity severity;

	private String recommendation;

	private String eventRefs;

	RaiseAuditFindingRequest toRequest(BindingResult errors, Clock clock) {
		FormChecks.required(errors, "scope", this.scope, "Enter what the finding covers");
		LocalDate date = DateParts.read(this.asOf, "asOf", "the date the finding is as of", errors);
		FormChecks.required(errors, "finding", this.finding, "Enter the finding");
		FormChecks.required(errors, "severity", this.severity, "Select how severe the finding is");
		RaiseAuditFindingRequest request = new RaiseAuditFindingRequest(Lines.textOrNull(this.scope), date,
				Lines.textOrNull(this.finding), this.severity, Lines.textOrNull(this.recommendation),
				Lines.of(this.eventRefs), null, null);
		FormProblems.reject(request.problems(clock), errors, RaiseAuditFindingForm::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "scope", "asOf", "finding", "severity", "recommendation", "eventRefs" -> field;
			default -> null;
		};
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public DateParts getAsOf() {
		return this.asOf;
	}

	public void setAsOf(DateParts asOf) {
		this.asOf = asOf;
	}

	public String getFinding() {
		return this.finding;
	}

	public void setFinding(String finding) {
		this.finding = finding;
	}

	public FindingSeverity getSeverity() {
		return this.severity;
	}

	public void setSeverity(FindingSeverity severity) {
		this.severity = severity;
	}

	public String getRecommendation() {
		return this.recommendation;
	}

	public void setRecommendation(String recommendation) {
		this.recommendation = recommendation;
	}

	public String getEventRefs() {
		return this.eventRefs;
	}

	public void setEventRefs(String eventRefs) {
		this.eventRefs = eventRefs;
	}

}
