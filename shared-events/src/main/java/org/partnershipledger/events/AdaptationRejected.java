package org.partnershipledger.events;

import java.time.Instant;

/** An adaptation was rejected, with the reasons. */
@SchemaRevision("1")
public record AdaptationRejected(String partnershipId, String adaptationId, String reasons,
		Instant occurredAt) implements PartnershipEvent {

}
