package org.partnershipledger.query.relational;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.validation.BindingResult;

import org.partnershipledger.api.ConcludeIterationRequest;
import org.partnershipledger.api.RecordIterationRequest;
import org.partnershipledger.api.StartIterationRequest;
import org.partnershipledger.query.web.FormProblems;

/**
 * The three iteration forms, built from the same two parts: starting one ({@code plan}),
 * concluding one ({@code conclusion}), and recording a finished one in one step (both).
 * The provider party is the person's own party, not a field.
 */
public class IterationForms {

	private IterationPlanFields plan = new IterationPlanFields();

	private IterationConclusionFields conclusion = new IterationConclusionFields();

	StartIterationRequest toStart(String providerPartyId, BindingResult errors, Clock clock) {
		IterationPlanFields.Dates dates = this.plan.check(errors, true);
		StartIterationRequest request = new StartIterationRequest(providerPartyId, this.plan.getTitle(),
				this.plan.getHypothesis(), this.plan.getChangeDescription(), this.plan.getCohortOrScope(),
				this.plan.getLinkedMeasureIds(), dates.startedOn(), dates.plannedEndOn(),
				this.plan.getWithinAgreedFlexibility(), this.plan.getAdaptationId(), null, null);
		FormProblems.reject(request.problems(clock), errors, IterationForms::formField);
		return errors.hasErrors() ? null : request;
	}

	ConcludeIterationRequest toConclusion(BindingResult errors, Clock clock) {
		LocalDate ended = this.conclusion.check(errors);
		ConcludeIterationRequest request = new ConcludeIterationRequest(ended, this.conclusion.getResult(),
				this.conclusion.getDecision(), this.conclusion.getLearningSummary(), this.conclusion.getEvidence(),
				this.conclusion.getFollowUpAdaptationId(), null, null);
		FormProblems.reject(request.problems(clock), errors, IterationForms::formField);
		return errors.hasErrors() ? null : request;
	}

	RecordIterationRequest toRecord(String providerPartyId, BindingResult errors, Clock clock) {
		IterationPlanFields.Dates dates = this.plan.check(errors, false);
		LocalDate ended = this.conclusion.check(errors);
		RecordIterationRequest request = new RecordIterationRequest(providerPartyId, this.plan.getTitle(),
				this.plan.getHypothesis(), this.plan.getChangeDescription(), this.plan.getCohortOrScope(),
				this.plan.getLinkedMeasureIds(), dates.startedOn(), dates.plannedEndOn(),
				this.plan.getWithinAgreedFlexibility(), this.plan.getAdaptationId(), ended, this.conclusion.getResult(),
				this.conclusion.getDecision(), this.conclusion.getLearningSummary(), this.conclusion.getEvidence(),
				this.conclusion.getFollowUpAdaptationId(), null, null);
		FormProblems.reject(request.problems(clock), errors, IterationForms::formField);
		return errors.hasErrors() ? null : request;
	}

	static String formField(String apiField) {
		String field = IterationPlanFields.formField(apiField);
		return (field != null) ? field : IterationConclusionFields.formField(apiField);
	}

	public IterationPlanFields getPlan() {
		return this.plan;
	}

	public void setPlan(IterationPlanFields plan) {
		this.plan = plan;
	}

	public IterationConclusionFields getConclusion() {
		return this.conclusion;
	}

	public void setConclusion(IterationConclusionFields conclusion) {
		this.conclusion = conclusion;
	}

}
