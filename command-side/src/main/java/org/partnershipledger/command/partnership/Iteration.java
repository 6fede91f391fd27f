package org.partnershipledger.command.partnership;

import java.time.LocalDate;

/**
 * A provider's iteration as the aggregate remembers it: whose it is and whether it ended.
 */
record Iteration(String iterationId, String providerPartyId, LocalDate startedOn, boolean concluded) {

	Iteration concludedNow() {
		return new Iteration(this.iterationId, this.providerPartyId, this.startedOn, true);
	}

}
