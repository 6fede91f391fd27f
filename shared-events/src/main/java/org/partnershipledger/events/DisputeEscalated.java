package org.partnershipledger.events;

import java.time.Instant;

import org.partnershipledger.events.relational.DisputeStep;

/**
 * A dispute moved to the next step of the agreed dispute ladder in force (the governance
 * version named); {@code backdatingReason} says why it is dated before the latest
 * assessment, where it is ({@code null} otherwise).
 */
@SchemaRevision("1")
public record DisputeEscalated(String partnershipId, String disputeId, DisputeStep fromStep, DisputeStep toStep,
		int governanceVersion, String reason, String backdatingReason, Instant occurredAt) implements PartnershipEvent {

}
