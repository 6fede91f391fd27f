package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.partnershipledger.events.relational.EvidenceKind;
import org.partnershipledger.events.relational.IterationDecision;
import org.partnershipledger.events.relational.IterationResult;

/**
 * A provider logged a finished iteration in one step: everything of a start and a
 * conclusion.
 */
@SchemaRevision("1")
public record ProviderIterationRecorded(String partnershipId, String iterationId, String providerPartyId, String title,
		String hypothesis, String changeDescription, String cohortOrScope, List<String> linkedMeasureIds,
		LocalDate startedOn, LocalDate plannedEndOn, boolean withinAgreedFlexibility, String adaptationId,
		LocalDate endedOn, List<EvidenceKind> evidence, IterationResult result, IterationDecision decision,
		String learningSummary, String followUpAdaptationId, Instant occurredAt) implements PartnershipEvent {

	public ProviderIterationRecorded {
		linkedMeasureIds = List.copyOf(linkedMeasureIds);
		evidence = List.copyOf(evidence);
	}

}
