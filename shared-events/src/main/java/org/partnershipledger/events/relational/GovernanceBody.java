package org.partnershipledger.events.relational;

import java.util.List;

/**
 * A joint governance body: its id (chosen by the parties, referenced by delegations and
 * decisions), tier, member parties, how often it meets and what it may decide.
 */
public record GovernanceBody(String bodyId, String name, GovernanceTier tier, List<String> memberPartyIds,
		String cadence, String decisionRights) {

	public GovernanceBody {
		memberPartyIds = (memberPartyIds == null) ? List.of() : List.copyOf(memberPartyIds);
	}

}
