package org.partnershipledger.api;

import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.Hypothesis;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

/**
 * The checks an iteration's start and conclusion share, whether recorded apart or in one
 * step.
 */
final class IterationProblems {

	private IterationProblems() {
	}

	static Problems ofStart(Problems problems, String title, String hypothesis, String changeDescription,
			String cohortOrScope, List<String> linkedMeasureIds, LocalDate startedOn, Boolean withinAgreedFlexibility) {
		return problems.required(title, "title")
			.maxLength(title, 200, "title")
			.required(hypothesis, "hypothesis")
			.check(hypothesis == null || hypothesis.isBlank() || Hypothesis.followsTemplate(hypothesis), "hypothesis",
					"Write the hypothesis as: " + Hypothesis.TEMPLATE)
			.maxLength(hypothesis, 2000, "hypothesis")
			.required(changeDescription, "changeDescription")
			.maxLength(changeDescription, 5000, "changeDescription")
			.required(cohortOrScope, "cohortOrScope")
			.maxLength(cohortOrScope, 2000, "cohortOrScope")
			.noEmptyValues(linkedMeasureIds, "linkedMeasureIds")
			.required(startedOn, "startedOn")
			.required(withinAgreedFlexibility, "withinAgreedFlexibility");
	}

	static Problems ofConclusion(Problems problems, LocalDate startedOn, LocalDate endedOn, List<EvidenceKind> evidence,
			IterationResult result, IterationDecision decision, String learningSummary) {
		return problems.required(endedOn, "endedOn")
			.notBefore(endedOn, startedOn, "endedOn", "The end must not be before the start")
			.required(evidence, "evidence")
			.noEmptyValues(evidence, "evidence")
			.required(result, "result")
			.required(decision, "decision")
			.required(learningSummary, "learningSummary")
			.maxLength(learningSummary, 5000, "learningSummary");
	}

}
