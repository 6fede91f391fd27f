package org.partnershipledger.events;

import java.time.Instant;

/**
 * An adaptation was rejected, with the reason. Revision 2 names the field {@code reason},
 * as {@link AdaptationWithdrawn} does; revision 1 called it {@code reasons}.
 */
@SchemaRevision("2")
public record AdaptationRejected(String partnershipId, String adaptationId, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
