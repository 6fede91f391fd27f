package org.partnershipledger.audit;

/** What is wrong with a partnership's history at one sequence number. */
public enum DiscrepancyKind {

	/** The event's content no longer gives the hash recorded when it was appended. */
	ALTERED,

	/** An event the chain or the checkpoint knows of is not in the history. */
	MISSING,

	/** The event is there, but at another sequence number than the chain recorded. */
	REORDERED,

	/**
	 * The chain agrees with itself but not with the checkpoint: the history up to the
	 * checkpoint was rewritten and rehashed.
	 */
	HEAD_MISMATCH,

	/** The stored bytes cannot be read as an event at all. */
	UNREADABLE,

	/**
	 * The chain link or the event carries no valid signature of the ledger: it was made
	 * by someone without the ledger's private key.
	 */
	UNSIGNED

}
