package org.partnershipledger.events;

import java.time.Instant;
import java.util.List;

/**
 * A party left the partnership. Once ACTIVE under a contract, only under an agreed
 * PARTY_CHANGE adaptation; {@code backdatingReason} says why it is dated before the
 * latest assessment, where it is ({@code null} otherwise).
 * <p>
 * A joint decision binds the parties it named when it was proposed, so a decision still
 * waiting for confirmations when one of them leaves can no longer come into force as
 * proposed: it lapses with the leaving, and {@code lapsedJointDecisionIds} names each
 * such decision (revision 2; none before).
 */
@SchemaRevision("2")
public record PartyLeft(String partnershipId, String partyId, String reason, String partyChangeAdaptationId,
		String backdatingReason, List<String> lapsedJointDecisionIds, Instant occurredAt) implements PartnershipEvent {

	public PartyLeft {
		lapsedJointDecisionIds = (lapsedJointDecisionIds != null) ? List.copyOf(lapsedJointDecisionIds) : List.of();
	}

}
