package org.partnershipledger.query.audit;

import org.partnershipledger.events.audit.VerificationReport;

/**
 * The two checks of one verification: the event store (by the command side, against its
 * recorded chain) and the query side's copy (against the chain hashes its envelopes
 * carry), each against the same checkpoint when one was given.
 *
 * @param eventStore {@code null} when the event store could not be checked
 * @param eventStoreProblem why it could not be, in plain words; {@code null} when it was
 */
public record Verification(VerificationReport eventStore, String eventStoreProblem, VerificationReport readModel) {

	/** True when both were checked and nothing at all is wrong. */
	public boolean clean() {
		return this.eventStore != null && this.eventStore.clean() && this.readModel.clean();
	}

}
