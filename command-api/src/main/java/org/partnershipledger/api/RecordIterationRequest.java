package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

/**
 * {@code POST /api/v1/partnerships/{id}/iterations/recorded}: a provider logs a finished
 * iteration in one step. {@code plannedEndOn} may be left empty (then it is the end).
 */
public record RecordIterationRequest(String providerPartyId, String title, String hypothesis, String changeDescription,
		String cohortOrScope, List<String> linkedMeasureIds, LocalDate startedOn, LocalDate plannedEndOn,
		Boolean withinAgreedFlexibility, String adaptationId, LocalDate endedOn, IterationResult result,
		IterationDecision decision, String learningSummary, List<EvidenceKind> evidence, String followUpAdaptationId,
		Instant occurredAt, Authority authority) implements LedgerRequest {

	public RecordIterationRequest {
		linkedMeasureIds = (linkedMeasureIds == null) ? List.of() : List.copyOf(linkedMeasureIds);
		evidence = (evidence == null) ? null : List.copyOf(evidence);
		plannedEndOn = (plannedEndOn == null) ? endedOn : plannedEndOn;
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		Problems problems = IterationProblems.ofStart(new Problems(), this.title, this.hypothesis,
				this.changeDescription, this.cohortOrScope, this.linkedMeasureIds, this.startedOn,
				this.withinAgreedFlexibility);
		return IterationProblems
			.ofConclusion(problems, this.startedOn, this.endedOn, this.evidence, this.result, this.decision,
					this.learningSummary)
			.notBefore(this.plannedEndOn, this.startedOn, "plannedEndOn",
					"The planned end must not be before the start")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
