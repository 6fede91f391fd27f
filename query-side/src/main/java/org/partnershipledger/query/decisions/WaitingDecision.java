package org.partnershipledger.query.decisions;

import org.partnershipledger.query.partnership.JointDecision;

/**
 * A joint decision that waits for the person's own party to confirm or decline it.
 *
 * @param partyId the person's party in that partnership, the one awaited
 */
public record WaitingDecision(String partnershipId, String partnershipTitle, String partyId, JointDecision decision) {

	/** Where the person confirms or declines it. */
	public String path() {
		return "/partnerships/" + this.partnershipId + "/joint-decisions/" + this.decision.jointDecisionId();
	}

}
