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
 * {@code POST /api/v1/partnerships/{id}/iterations/{iid}/conclusion}: the iteration's
 * provider records what the evidence showed and what it decided.
 */
public record ConcludeIterationRequest(LocalDate endedOn, IterationResult result, IterationDecision decision,
		String learningSummary, List<EvidenceKind> evidence, String followUpAdaptationId, Instant occurredAt,
		Authority authority) implements LedgerRequest {

	public ConcludeIterationRequest {
		evidence = (evidence == null) ? null : List.copyOf(evidence);
	}

	@Override
	public List<FieldProblem> problems(Clock clock) {
		return IterationProblems
			.ofConclusion(new Problems(), null, this.endedOn, this.evidence, this.result, this.decision,
					this.learningSummary)
			.notInFuture(this.occurredAt, clock)
			.list();
	}

}
