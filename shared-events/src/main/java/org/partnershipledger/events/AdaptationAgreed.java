package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.relational.Approval;

/**
 * A governance body agreed an adaptation within its delegation, with the approval of
 * every affected party; delegationVersion is the governance version in force;
 * {@code backdatingReason} says why it is dated before the latest assessment, where it is
 * ({@code null} otherwise).
 */
@SchemaRevision("1")
public record AdaptationAgreed(String partnershipId, String adaptationId, String decidedByBodyId,
		List<Approval> approvals, List<String> conditions, int delegationVersion, String backdatingReason,
		Instant occurredAt) implements PartnershipEvent {

	public AdaptationAgreed {
		approvals = List.copyOf(approvals);
		conditions = List.copyOf(conditions);
	}

}
