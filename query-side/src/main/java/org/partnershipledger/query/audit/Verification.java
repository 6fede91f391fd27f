package org.partnershipledger.query.audit;

import org.partnershipledger.audit.VerificationReport;

/**
 * The two checks of one verification: the event store (by the command side, against its
 * recorded chain) and the query side's copy (against the chain hashes its envelopes
 * carry), each against the same checkpoint when one was given.
 *
 * @param eventStore {@code null} when the event store could not be checked
 * @param eventStoreProblem why it could not be, in plain words; {@code null} when it was
 * @param readModelBehind how many published events the query side had not applied yet (0
 * when up to date, -1 when the broker could not say): those show in its report as missing
 * until they arrive
 */
public record Verification(VerificationReport eventStore, String eventStoreProblem, VerificationReport readModel,
		long readModelBehind) {

	/**
	 * What is wrong with the checkpoint checked against (its digest, its signature or its
	 * signer), as either check found; {@code null} when nothing is, or there was none.
	 */
	public String checkpointProblem() {
		if (this.readModel.signatureProblem() != null) {
			return this.readModel.signatureProblem();
		}
		return (this.eventStore != null) ? this.eventStore.signatureProblem() : null;
	}

	/** True when both were checked and nothing at all is wrong. */
	public boolean clean() {
		return this.eventStore != null && this.eventStore.clean() && this.readModel.clean();
	}

}
