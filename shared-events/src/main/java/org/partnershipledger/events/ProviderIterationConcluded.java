package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

/** The provider concluded its iteration: what the evidence showed and what it decided. */
@SchemaRevision("1")
public record ProviderIterationConcluded(String partnershipId, String iterationId, LocalDate endedOn,
		List<EvidenceKind> evidence, IterationResult result, IterationDecision decision, String learningSummary,
		String followUpAdaptationId, Instant occurredAt) implements PartnershipEvent {

	public ProviderIterationConcluded {
		evidence = List.copyOf(evidence);
	}

}
