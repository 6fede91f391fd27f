package org.partnershipledger.audit;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One verification of a history, fed one partnership at a time: it checks each
 * partnership's events (against its chain links, for an event store) as they are handed
 * over and keeps across partnerships only what the report needs: the discrepancies, the
 * counts, and which partnerships it has seen, so that the checkpoint's heads of
 * partnerships the history lacks are found.
 */
final class Verification {

	private final Checkpoint checkpoint;

	private final String expectedPublicKey;

	private final PublicKey ledgerKey;

	private final boolean store;

	private final boolean complete;

	private final Map<String, ChainHead> heads = new HashMap<>();

	private final Set<String> seen = new HashSet<>();

	private final List<Discrepancy> discrepancies = new ArrayList<>();

	private long events;

	private long unsignedEarlier;

	private long signaturesChecked;

	/**
	 * @param store true when the history is an event store checked against its recorded
	 * chain; false when its events carry their own chain hash (an export or copy)
	 * @param complete true when the history holds every partnership, so that one the
	 * checkpoint lists but the history lacks is missing
	 */
	private Verification(Checkpoint checkpoint, String expectedPublicKey, boolean store, boolean complete) {
		this.checkpoint = checkpoint;
		this.expectedPublicKey = expectedPublicKey;
		this.ledgerKey = ledgerKey(expectedPublicKey).orElse(null);
		this.store = store;
		this.complete = complete;
		if (checkpoint != null) {
			checkpoint.heads().forEach((head) -> this.heads.putIfAbsent(head.partnershipId(), head));
		}
	}

	/** A verification of an event store against its recorded chain. */
	static Verification ofStore(Checkpoint checkpoint, String expectedPublicKey) {
		return new Verification(checkpoint, expectedPublicKey, true, true);
	}

	/** A verification of a complete copy whose events carry their chain hash. */
	static Verification ofCopy(Checkpoint checkpoint, String expectedPublicKey) {
		return new Verification(checkpoint, expectedPublicKey, false, true);
	}

	/** A verification of an export, which may hold some partnerships only. */
	static Verification ofExport(Checkpoint checkpoint, String expectedPublicKey) {
		return new Verification(checkpoint, expectedPublicKey, false, false);
	}

	/** A verification like this one that has seen nothing yet. */
	Verification fresh() {
		return new Verification(this.checkpoint, this.expectedPublicKey, this.store, this.complete);
	}

	/**
	 * Checks one partnership: all its events, and (an event store) all its chain links.
	 * Each partnership is handed over once.
	 * @param events its events; checked in sequence order (events at the same sequence in
	 * the order given)
	 * @param links its chain links in sequence order; empty unless an event store
	 * @throws IllegalStateException if the partnership was handed over before: the
	 * history was not read in order of partnership
	 */
	void partnership(String partnershipId, List<StoredEvent> events, List<ChainLink> links) {
		if (!this.seen.add(partnershipId)) {
			throw new IllegalStateException("Partnership " + partnershipId
					+ " was handed over twice: the history must be read in order of partnership");
		}
		List<StoredEvent> stored = events.stream().sorted(Comparator.comparing(StoredEvent::sequenceNumber)).toList();
		this.events += stored.size();
		Findings findings = new Findings(partnershipId);
		Map<Long, String> hashAt = this.store ? RecordedChainCheck.check(stored, links, findings, this.ledgerKey)
				: DerivedChainCheck.check(stored, findings, this.ledgerKey);
		this.unsignedEarlier += findings.unsignedEarlierCount();
		this.signaturesChecked += findings.signaturesCheckedCount();
		ChainHead head = this.heads.get(partnershipId);
		if (head != null) {
			checkHead(head, stored.isEmpty(), hashAt, findings);
		}
		this.discrepancies.addAll(findings.all());
	}

	/**
	 * The report, once every partnership of the history was handed over; partnerships of
	 * a complete history that the checkpoint lists but were not handed over are missing.
	 */
	VerificationReport report() {
		if (this.checkpoint != null && this.complete) {
			this.checkpoint.heads()
				.stream()
				.map(ChainHead::partnershipId)
				.filter((partnershipId) -> !this.seen.contains(partnershipId))
				.distinct()
				.toList()
				.forEach((partnershipId) -> partnership(partnershipId, List.of(), List.of()));
		}
		List<Discrepancy> sorted = new ArrayList<>(this.discrepancies);
		sorted.sort(Comparator.comparing(Discrepancy::partnershipId)
			.thenComparing(Discrepancy::sequenceNumber)
			.thenComparing(Discrepancy::kind));
		Optional<String> signatureProblem = (this.checkpoint != null)
				? this.checkpoint.signatureProblem(this.expectedPublicKey) : Optional.empty();
		Boolean signatureValid = (this.checkpoint != null) ? signatureProblem.isEmpty() : null;
		return new VerificationReport(this.seen.size(), this.events,
				(this.checkpoint != null) ? this.checkpoint.createdAt() : null,
				(this.checkpoint != null) ? this.checkpoint.digest() : null, signatureValid,
				signatureProblem.orElse(null), ledgerSignatures(),
				(this.ledgerKey != null) ? this.signaturesChecked : null,
				sorted.isEmpty() && !Boolean.FALSE.equals(signatureValid), sorted);
	}

	/**
	 * The ledger's key, when one is expected: it checks the checkpoint's signer, each
	 * chain link's signature (a store) and each envelope's signature (an export or copy).
	 */
	static Optional<PublicKey> ledgerKey(String expectedPublicKey) {
		if (expectedPublicKey == null || expectedPublicKey.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(InstanceKeys.decodePublic(expectedPublicKey.strip()));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private String ledgerSignatures() {
		if (this.ledgerKey == null) {
			return (this.expectedPublicKey == null || this.expectedPublicKey.isBlank())
					? "Not checked: give the ledger's public key to check that only the ledger made each "
							+ (this.store ? "chain link." : "event.")
					: "Not checked: the public key given cannot be read as an Ed25519 key.";
		}
		if (this.store) {
			return "Every chain link was checked against the ledger's public key.";
		}
		return "Every event's signature was checked against the ledger's public key"
				+ ((this.unsignedEarlier > 0)
						? "; " + this.unsignedEarlier
								+ " events published before envelopes were signed are checked by their chain hash only."
						: ".");
	}

	private void checkHead(ChainHead head, boolean noEvents, Map<Long, String> hashAt, Findings findings) {
		long sequence = head.sequenceNumber();
		String when = "The checkpoint of " + this.checkpoint.createdAt();
		if (noEvents) {
			findings.add(sequence, DiscrepancyKind.MISSING, when + " lists this partnership up to sequence " + sequence
					+ "; the history has none of its events.");
			return;
		}
		String now = hashAt.get(sequence);
		if (now == null) {
			findings.add(sequence, DiscrepancyKind.MISSING, when + " lists event " + head.eventId() + " at sequence "
					+ sequence + "; the history does not reach it.");
		}
		else if (!now.equals(head.chainHash())) {
			findings.add(sequence, DiscrepancyKind.HEAD_MISMATCH,
					when + " recorded the chain hash " + head.chainHash() + " at sequence " + sequence
							+ "; the history now gives " + now + ": the history up to there was rewritten.");
		}
	}

}
