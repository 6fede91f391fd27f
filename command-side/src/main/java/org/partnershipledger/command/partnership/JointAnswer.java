package org.partnershipledger.command.partnership;

import java.util.List;

/**
 * The answer to a joint decision proposed: the partnership's new version and, while other
 * parties still have to confirm it, the proposal's id and the parties it waits for. A
 * decision that binds only the proposing party is in force at once: then
 * {@code jointDecisionId} is {@code null} and nobody is awaited.
 */
public record JointAnswer(long version, String jointDecisionId, List<String> awaitingPartyIds) {

	public JointAnswer {
		awaitingPartyIds = List.copyOf(awaitingPartyIds);
	}

}
