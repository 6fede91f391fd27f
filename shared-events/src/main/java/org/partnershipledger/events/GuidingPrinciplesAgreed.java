package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.relational.GuidingPrinciple;

/**
 * The parties agreed (a new version of) their guiding principles, each with observable
 * behaviours.
 */
@SchemaRevision("1")
public record GuidingPrinciplesAgreed(String partnershipId, int version, List<GuidingPrinciple> principles,
		List<String> agreedByPartyIds, Instant occurredAt) implements PartnershipEvent {

	public GuidingPrinciplesAgreed {
		principles = List.copyOf(principles);
		agreedByPartyIds = List.copyOf(agreedByPartyIds);
	}

}
