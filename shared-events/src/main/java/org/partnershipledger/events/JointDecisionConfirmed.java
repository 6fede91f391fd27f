package org.partnershipledger.events;

import java.time.Instant;

/**
 * A party a joint decision binds confirmed it, for itself, with a comment if it has one.
 * The confirmation that completes the decision is followed by the decision itself.
 */
@SchemaRevision("1")
public record JointDecisionConfirmed(String partnershipId, String jointDecisionId, String partyId, String comment,
		Instant occurredAt) implements PartnershipEvent {

}
