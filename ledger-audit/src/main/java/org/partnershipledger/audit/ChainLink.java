package org.partnershipledger.audit;

/**
 * One link of a partnership's hash chain as the event store recorded it when the event
 * was appended: which event sat at which sequence, its hash, the hash before it, and the
 * ledger's signature on all of that ({@link LinkSignatures}).
 *
 * @param signature base64 Ed25519 signature of the link; {@code null} when it has none
 */
public record ChainLink(String partnershipId, long sequenceNumber, String eventId, String chainHash,
		String previousHash, String signature) {

	/**
	 * The columns of {@code event_chain} and {@code chain_link_signature} a link is read
	 * from, in this order.
	 */
	public static final String SELECT = "SELECT c.partnership_id, c.sequence_number, c.event_id, c.chain_hash, "
			+ "c.previous_hash, s.signature FROM event_chain c "
			+ "LEFT JOIN chain_link_signature s ON s.event_id = c.event_id";

	/** A link without its signature, as it is signed. */
	public ChainLink(String partnershipId, long sequenceNumber, String eventId, String chainHash, String previousHash) {
		this(partnershipId, sequenceNumber, eventId, chainHash, previousHash, null);
	}

	/** The same link carrying a signature. */
	public ChainLink withSignature(String value) {
		return new ChainLink(this.partnershipId, this.sequenceNumber, this.eventId, this.chainHash, this.previousHash,
				value);
	}

}
