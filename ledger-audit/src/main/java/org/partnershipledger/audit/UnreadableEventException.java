package org.partnershipledger.audit;

/** A stored event that cannot be read as a ledger event: its bytes were damaged. */
public class UnreadableEventException extends RuntimeException {

	public UnreadableEventException(String reason) {
		super(reason);
	}

}
