package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

/**
 * How an iteration ended: evidence, result, decision, learning, and the adaptation it
 * proposes to follow up with, if any.
 */
public record IterationConclusion(LocalDate endedOn, List<EvidenceKind> evidence, IterationResult result,
		IterationDecision decision, String learningSummary, String followUpAdaptationId, Instant concludedAt,
		Actor actor) {

	public IterationConclusion {
		evidence = (evidence == null) ? List.of() : List.copyOf(evidence);
	}

}
