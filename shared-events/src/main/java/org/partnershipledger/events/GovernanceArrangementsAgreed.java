package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

import org.partnershipledger.events.relational.Delegation;
import org.partnershipledger.events.relational.DisputeStep;
import org.partnershipledger.events.relational.GovernanceBody;

/**
 * The parties agreed (a new version of) their governance: bodies, what each may agree on
 * its own, and the dispute ladder.
 */
@SchemaRevision("1")
public record GovernanceArrangementsAgreed(String partnershipId, int version, List<GovernanceBody> bodies,
		List<Delegation> delegations, List<DisputeStep> disputeLadder, List<String> agreedByPartyIds,
		Instant occurredAt) implements PartnershipEvent {

	public GovernanceArrangementsAgreed {
		bodies = List.copyOf(bodies);
		delegations = List.copyOf(delegations);
		disputeLadder = List.copyOf(disputeLadder);
		agreedByPartyIds = List.copyOf(agreedByPartyIds);
	}

}
