package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

/**
 * A dispute was resolved, agreed by every party to it.
 */
@SchemaRevision("1")
public record DisputeResolved(String partnershipId, String disputeId, List<String> agreedByPartyIds, String resolution,
		Instant occurredAt) implements PartnershipEvent {

	public DisputeResolved {
		agreedByPartyIds = (agreedByPartyIds == null) ? List.of() : List.copyOf(agreedByPartyIds);
	}

}
