package org.partnershipledger.command.partnership;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.JointDecisionProposed;

/**
 * A joint decision proposed and not yet in force: the proposal, and the parties that
 * confirmed it so far with their comments (the proposing party first).
 */
record PendingDecision(JointDecisionProposed proposal, Map<String, String> confirmations) {

	PendingDecision {
		confirmations = new LinkedHashMap<>(confirmations);
	}

	String jointDecisionId() {
		return this.proposal.jointDecisionId();
	}

	/** The parties it binds that have not confirmed yet, in the proposal's order. */
	List<String> awaiting() {
		return this.proposal.bindsPartyIds()
			.stream()
			.filter((partyId) -> !this.confirmations.containsKey(partyId))
			.toList();
	}

	PendingDecision confirmedBy(String partyId, String comment) {
		Map<String, String> more = new LinkedHashMap<>(this.confirmations);
		more.put(partyId, comment);
		return new PendingDecision(this.proposal, more);
	}

}
