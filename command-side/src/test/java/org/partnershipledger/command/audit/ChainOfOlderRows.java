package org.partnershipledger.command.audit;

/**
 * Links rows a test stored the way an older ledger wrote them, as the ledger links the
 * events it appends (in the transaction that stored them).
 */
public final class ChainOfOlderRows {

	private ChainOfOlderRows() {
	}

	public static void link(EventChain chain, String partnershipId, long from) {
		chain.extend(partnershipId, from);
	}

}
