package org.partnershipledger.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Authority;

/**
 * {@code POST /api/v1/partnerships/{id}/iterations}: a provider starts a test-and-learn
 * iteration. {@code providerPartyId} may be left empty: it is the party of the person's
 * organisation, and a provider acts only for that party. Outside the agreed flexibility
 * the iteration names an adaptation.
 */
public record StartIterationRequest(String providerPartyId, String title, String hypothesis, String changeDescription,
		String cohortOrScope, List<String> linkedMeasureIds, LocalDate startedOn, LocalDate plannedEndOn,
		Boolean withinAgreedFlexibility, String adaptationId, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public StartIterationRequest {
		linkedMeasureIds = (linkedMeasureIds == null) ? List.of() : List.copyOf(linkedMeasureIds);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return IterationProblems
			.ofStart(new Problems(), this.title, this.hypothesis, this.changeDescription, this.cohortOrScope,
					this.linkedMeasureIds, this.startedOn, this.withinAgreedFlexibility)
			.required(this.plannedEndOn, "plannedEndOn")
			.notBefore(this.plannedEndOn, this.startedOn, "plannedEndOn",
					"The planned end must not be before the start")
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
