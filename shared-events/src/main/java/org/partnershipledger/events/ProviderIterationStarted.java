package org.partnershipledger.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A provider started a test-and-learn iteration for its own party. Outside the agreed
 * flexibility it names an adaptation.
 */
@SchemaRevision("1")
public record ProviderIterationStarted(String partnershipId, String iterationId, String providerPartyId, String title,
		String hypothesis, String changeDescription, String cohortOrScope, List<String> linkedMeasureIds,
		LocalDate startedOn, LocalDate plannedEndOn, boolean withinAgreedFlexibility, String adaptationId,
		Instant occurredAt) implements PartnershipEvent {

	public ProviderIterationStarted {
		linkedMeasureIds = List.copyOf(linkedMeasureIds);
	}

}
