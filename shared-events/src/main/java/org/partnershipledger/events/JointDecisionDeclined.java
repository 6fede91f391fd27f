package org.partnershipledger.events;

import java.time.Instant;

/**
 * A party a joint decision binds declined it, for itself, with its reason: the proposal
 * lapses and nothing it proposed takes effect.
 */
@SchemaRevision("1")
public record JointDecisionDeclined(String partnershipId, String jointDecisionId, String partyId, String reason,
		Instant occurredAt) implements PartnershipEvent {

}
