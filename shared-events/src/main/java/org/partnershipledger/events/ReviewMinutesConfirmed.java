package org.partnershipledger.events;

import java.time.Instant;

/** A party confirmed a held review's minutes, once, recording its dissent if any. */
@SchemaRevision("1")
public record ReviewMinutesConfirmed(String partnershipId, String reviewId, String partyId, String dissent,
		Instant occurredAt) implements PartnershipEvent {

}
