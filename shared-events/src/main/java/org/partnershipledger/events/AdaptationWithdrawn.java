package org.partnershipledger.events;

import java.time.Instant;

/** The proposing party withdrew its adaptation. */
@SchemaRevision("1")
public record AdaptationWithdrawn(String partnershipId, String adaptationId, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
