package org.partnershipledger.command.partnership;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.partnershipledger.events.JointDecisionProposed;

/**
 * A joint decision proposed and not yet in force: the proposal, and the parties that
 * confirmed it so far with their comments (the proposing party first).
 *
 * @param latestConfirmation the latest business date among the proposal and its
 * confirmations: the decision is in force from then once the last party confirms
 */
record PendingDecision(JointDecisionProposed proposal, Map<String, String> confirmations, Instant latestConfirmation) {

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

	PendingDecision confirmedBy(String partyId, String comment, Instant at) {
		Map<String, String> more = new LinkedHashMap<>(this.confirmations);
		more.put(partyId, comment);
		return new PendingDecision(this.proposal, more,
				at.isAfter(this.latestConfirmation) ? at : this.latestConfirmation);
	}

}
