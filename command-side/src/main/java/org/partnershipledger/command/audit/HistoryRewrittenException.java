package org.partnershipledger.command.audit;

import java.util.List;

/**
 * The chain no longer holds a head the last checkpoint signed: the history up to there
 * was rewritten, so the ledger will not sign a new checkpoint over it.
 */
public class HistoryRewrittenException extends RuntimeException {

	private final List<String> rewritten;

	HistoryRewrittenException(List<String> rewritten) {
		super("The history was rewritten since the last checkpoint, so no new checkpoint was signed: "
				+ String.join("; ", rewritten) + ". Verify the history against the checkpoints you kept.");
		this.rewritten = List.copyOf(rewritten);
	}

	/** Each rewritten head, as "partnership P at sequence N". */
	public List<String> rewritten() {
		return this.rewritten;
	}

}
