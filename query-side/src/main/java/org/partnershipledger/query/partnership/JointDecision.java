package org.partnershipledger.query.partnership;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.partnershipledger.events.JointDecisionProposed;
import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.relational.JointDecisionKind;

/**
 * A joint decision proposed and waiting for the parties it binds (DOMAIN.md §4, "Joint
 * (J) decisions"): what it decides, in full as it will be recorded, who proposed it,
 * which parties have confirmed it and which are awaited. It leaves the overview when the
 * last party confirms (the decision is then in force) or one declines.
 *
 * @param what what it decides, in words, such as "Version 2 of the shared vision"
 * @param awaitingPartyIds the parties it binds that have not confirmed yet
 */
public record JointDecision(String jointDecisionId, JointDecisionKind kind, String what, JointDecisionProposed proposal,
		String proposedByPartyId, String proposedByName, List<String> bindsPartyIds,
		List<JointConfirmation> confirmations, List<String> awaitingPartyIds, Instant proposedAt, Instant recordedAt,
		Actor actor, Authority authority) {

	public JointDecision {
		bindsPartyIds = (bindsPartyIds == null) ? List.of() : List.copyOf(bindsPartyIds);
		confirmations = (confirmations == null) ? List.of() : List.copyOf(confirmations);
		awaitingPartyIds = (awaitingPartyIds == null) ? List.of() : List.copyOf(awaitingPartyIds);
	}

	/** Whether it waits for this party's confirmation. */
	public boolean awaits(String partyId) {
		return partyId != null && this.awaitingPartyIds.contains(partyId);
	}

	/** The same decision with one more party's confirmation. */
	JointDecision confirmedBy(JointConfirmation confirmation) {
		List<JointConfirmation> more = new ArrayList<>(this.confirmations);
		more.add(confirmation);
		List<String> awaiting = this.awaitingPartyIds.stream()
			.filter((partyId) -> !partyId.equals(confirmation.partyId()))
			.toList();
		return new JointDecision(this.jointDecisionId, this.kind, this.what, this.proposal, this.proposedByPartyId,
				this.proposedByName, this.bindsPartyIds, more, awaiting, this.proposedAt, this.recordedAt, this.actor,
				this.authority);
	}

	/**
	 * A party's confirmation of a joint decision; the proposing party's is its proposal.
	 *
	 * @param comment what the party added, {@code null} when nothing
	 */
	public record JointConfirmation(String partyId, String partyName, String comment, Instant confirmedAt,
			Actor actor) {
	}

}
