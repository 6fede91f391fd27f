package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

/**
 * The parties agreed (a new version of) their shared vision; the commissioner records who
 * agreed.
 */
@SchemaRevision("1")
public record SharedVisionAgreed(String partnershipId, int version, String statement, List<String> agreedByPartyIds,
		Instant occurredAt) implements PartnershipEvent {

	public SharedVisionAgreed {
		agreedByPartyIds = List.copyOf(agreedByPartyIds);
	}

}
