package org.partnershipledger.command.partnership;

import java.util.List;

import org.partnershipledger.events.relational.DisputeStep;

/**
 * A dispute as the aggregate remembers it: the parties to it, the ladder step it has
 * reached ({@code null} if raised before any ladder was agreed) and whether it is
 * resolved.
 */
record Dispute(String disputeId, List<String> partyIds, DisputeStep step, boolean resolved) {

	Dispute {
		partyIds = List.copyOf(partyIds);
	}

	Dispute escalatedTo(DisputeStep newStep) {
		return new Dispute(this.disputeId, this.partyIds, newStep, this.resolved);
	}

	Dispute resolvedNow() {
		return new Dispute(this.disputeId, this.partyIds, this.step, true);
	}

}
