package org.partnershipledger.audit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The discrepancies found in one partnership, at most one of each kind per sequence. */
final class Findings {

	private final String partnershipId;

	private final Map<String, Discrepancy> found = new LinkedHashMap<>();

	private long unsignedEarlier;

	private long signaturesChecked;

	Findings(String partnershipId) {
		this.partnershipId = partnershipId;
	}

	void add(long sequenceNumber, DiscrepancyKind kind, String detail) {
		this.found.putIfAbsent(sequenceNumber + "/" + kind,
				new Discrepancy(this.partnershipId, sequenceNumber, kind, detail));
	}

	boolean has(long sequenceNumber, DiscrepancyKind kind) {
		return this.found.containsKey(sequenceNumber + "/" + kind);
	}

	/** Notes an event from before envelopes were signed, checked by its hash only. */
	void unsignedEarlier() {
		this.unsignedEarlier++;
	}

	long unsignedEarlierCount() {
		return this.unsignedEarlier;
	}

	/**
	 * Notes a chain link or event whose signature was checked against the ledger's key.
	 */
	void signatureChecked() {
		this.signaturesChecked++;
	}

	long signaturesCheckedCount() {
		return this.signaturesChecked;
	}

	Collection<Discrepancy> all() {
		return this.found.values();
	}

}
