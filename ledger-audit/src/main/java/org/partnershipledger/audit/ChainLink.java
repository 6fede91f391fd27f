package org.partnershipledger.audit;

/**
 * One link of a partnership's hash chain as the event store recorded it when the event
 * was appended: which event sat at which sequence, its hash and the hash before it.
 */
public record ChainLink(String partnershipId, long sequenceNumber, String eventId, String chainHash,
		String previousHash) {

	/** The columns of {@code event_chain} a link is read from, in this order. */
	public static final String SELECT = "SELECT partnership_id, sequence_number, event_id, chain_hash, previous_hash "
			+ "FROM event_chain";

}
