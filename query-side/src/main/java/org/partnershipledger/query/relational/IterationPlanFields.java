package org.partnershipledger.query.relational;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.Errors;

import org.partnershipledger.events.relational.Hypothesis;
import org.partnershipledger.query.web.DateParts;
import org.partnershipledger.query.web.FormChecks;

/**
 * What a provider plans to try (the {@code plan} part of the start and record forms): the
 * hypothesis starts as the template, to be filled in.
 */
public class IterationPlanFields {

	static final String PREFIX = "plan.";

	private String title;

	private String hypothesis = Hypothesis.TEMPLATE;

	private String changeDescription;

	private String cohortOrScope;

	private List<String> linkedMeasureIds = new ArrayList<>();

	private DateParts startedOn = new DateParts();

	private DateParts plannedEndOn = new DateParts();

	private Boolean withinAgreedFlexibility;

	private String adaptationId;

	/** The dates read, after rejecting what was left out. */
	Dates check(Errors errors, boolean plannedEndRequired) {
		FormChecks.required(errors, PREFIX + "title", this.title, "Enter a short title");
		FormChecks.required(errors, PREFIX + "hypothesis", this.hypothesis, "Enter the hypothesis");
		if (this.hypothesis != null && this.hypothesis.strip().equals(Hypothesis.TEMPLATE)) {
			errors.rejectValue(PREFIX + "hypothesis", "template", "Replace the words in square brackets with your own");
		}
		FormChecks.required(errors, PREFIX + "changeDescription", this.changeDescription, "Describe what will change");
		FormChecks.required(errors, PREFIX + "cohortOrScope", this.cohortOrScope,
				"Enter who or what the change is tried with");
		LocalDate started = DateParts.read(this.startedOn, PREFIX + "startedOn", "the start date", errors);
		LocalDate plannedEnd = (plannedEndRequired || !this.plannedEndOn.isEmpty())
				? DateParts.read(this.plannedEndOn, PREFIX + "plannedEndOn", "the planned end date", errors) : null;
		FormChecks.required(errors, PREFIX + "withinAgreedFlexibility", this.withinAgreedFlexibility,
				"Select yes if the change is within the flexibility already agreed");
		if (Boolean.FALSE.equals(this.withinAgreedFlexibility)) {
			FormChecks.required(errors, PREFIX + "adaptationId", this.adaptationId,
					"Select the adaptation that allows this change");
		}
		return new Dates(started, plannedEnd);
	}

	/** The form property of a field the request names, or {@code null}. */
	static String formField(String apiField) {
		String field = apiField.replaceAll("\\[\\d+]$", "");
		return switch (field) {
			case "title", "hypothesis", "changeDescription", "cohortOrScope", "linkedMeasureIds", "startedOn",
					"plannedEndOn", "withinAgreedFlexibility", "adaptationId" ->
				PREFIX + field;
			default -> null;
		};
	}

	record Dates(LocalDate startedOn, LocalDate plannedEndOn) {
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getHypothesis() {
		return this.hypothesis;
	}

	public void setHypothesis(String hypothesis) {
		this.hypothesis = hypothesis;
	}

	public String getChangeDescription() {
		return this.changeDescription;
	}

	public void setChangeDescription(String changeDescription) {
		this.changeDescription = changeDescription;
	}

	public String getCohortOrScope() {
		return this.cohortOrScope;
	}

	public void setCohortOrScope(String cohortOrScope) {
		this.cohortOrScope = cohortOrScope;
	}

	public List<String> getLinkedMeasureIds() {
		return this.linkedMeasureIds;
	}

	public void setLinkedMeasureIds(List<String> linkedMeasureIds) {
		this.linkedMeasureIds = (linkedMeasureIds == null) ? new ArrayList<>() : linkedMeasureIds;
	}

	public DateParts getStartedOn() {
		return this.startedOn;
	}

	public void setStartedOn(DateParts startedOn) {
		this.startedOn = startedOn;
	}

	public DateParts getPlannedEndOn() {
		return this.plannedEndOn;
	}

	public void setPlannedEndOn(DateParts plannedEndOn) {
		this.plannedEndOn = plannedEndOn;
	}

	public Boolean getWithinAgreedFlexibility() {
		return this.withinAgreedFlexibility;
	}

	public void setWithinAgreedFlexibility(Boolean withinAgreedFlexibility) {
		this.withinAgreedFlexibility = withinAgreedFlexibility;
	}

	public String getAdaptationId() {
		return this.adaptationId;
	}

	public void setAdaptationId(String adaptationId) {
		this.adaptationId = adaptationId;
	}

}
