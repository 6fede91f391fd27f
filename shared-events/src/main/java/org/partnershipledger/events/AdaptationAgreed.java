package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.relational.Approval;

/**
 * A governance body agreed an adaptation within its delegation, with the approval of
 * every affected party; delegationVersion is the governance version in force.
 */
@SchemaRevision("1")
public record AdaptationAgreed(String partnershipId, String adaptationId, String decidedByBodyId,
		List<Approval> approvals, List<String> conditions, int delegationVersion,
		Instant occurredAt) implements PartnershipEvent {

	public AdaptationAgreed {
		approvals = List.copyOf(approvals);
		conditions = List.copyOf(conditions);
	}

}
