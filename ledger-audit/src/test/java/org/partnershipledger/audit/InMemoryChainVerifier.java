package org.partnershipledger.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Verifies a ledger's history: each partnership's events against its hash chain, and the
 * chain heads against a signed checkpoint an auditor kept. Reports every altered,
 * missing, reordered or unreadable event, and every partnership whose history was
 * rewritten since the checkpoint, by partnership and sequence number. Events after a
 * checkpoint's head, and partnerships begun after it, are simply checked against the
 * chain.
 */
final class InMemoryChainVerifier {

	private InMemoryChainVerifier() {
	}

	/**
	 * Verifies events against the chain the event store recorded.
	 * @param chain every link of {@code event_chain}
	 * @param checkpoint the checkpoint to hold the chain to; {@code null} for none
	 * @param expectedPublicKey the key the checkpoint must be signed with (base64 X.509);
	 * {@code null} to accept the key it names
	 */
	public static VerificationReport verifyStore(List<StoredEvent> events, List<ChainLink> chain, Checkpoint checkpoint,
			String expectedPublicKey) {
		return verify(events, Optional.of(chain), checkpoint, expectedPublicKey, true);
	}

	/**
	 * Verifies exported events, each carrying its chain hash, without the store's chain.
	 * An export may hold some partnerships only: the checkpoint's heads of partnerships
	 * it does not hold are left out (but its signature still covers them all).
	 * @param checkpoint the checkpoint to hold the events to; {@code null} for none
	 * @param expectedPublicKey the key the checkpoint must be signed with; {@code null}
	 * to accept the key it names
	 */
	public static VerificationReport verifyExport(List<StoredEvent> events, Checkpoint checkpoint,
			String expectedPublicKey) {
		return verify(events, Optional.empty(), checkpoint, expectedPublicKey, false);
	}

	/**
	 * Verifies a complete copy of the history whose events carry their chain hash, such
	 * as the query side's: a partnership the checkpoint lists but the copy lacks is
	 * missing.
	 */
	public static VerificationReport verifyCopy(List<StoredEvent> events, Checkpoint checkpoint,
			String expectedPublicKey) {
		return verify(events, Optional.empty(), checkpoint, expectedPublicKey, true);
	}

	private static VerificationReport verify(List<StoredEvent> events, Optional<List<ChainLink>> chain,
			Checkpoint checkpoint, String expectedPublicKey, boolean complete) {
		Optional<PublicKey> ledgerKey = Verification.ledgerKey(expectedPublicKey);
		Map<String, List<StoredEvent>> eventsByPartnership = events.stream()
			.sorted(Comparator.comparing(StoredEvent::partnershipId).thenComparing(StoredEvent::sequenceNumber))
			.collect(Collectors.groupingBy(StoredEvent::partnershipId, TreeMap::new, Collectors.toList()));
		Map<String, List<ChainLink>> linksByPartnership = chain.orElse(List.of())
			.stream()
			.collect(Collectors.groupingBy(ChainLink::partnershipId));
		TreeSet<String> partnerships = new TreeSet<>(eventsByPartnership.keySet());
		partnerships.addAll(linksByPartnership.keySet());
		if (checkpoint != null && complete) {
			checkpoint.heads().forEach((head) -> partnerships.add(head.partnershipId()));
		}
		List<Discrepancy> discrepancies = new ArrayList<>();
		long unsignedEarlier = 0;
		long signaturesChecked = 0;
		for (String partnershipId : partnerships) {
			Findings findings = new Findings(partnershipId);
			List<StoredEvent> stored = eventsByPartnership.getOrDefault(partnershipId, List.of());
			Map<Long, String> hashAt = chain.isPresent()
					? RecordedChainCheck.check(stored, linksByPartnership.getOrDefault(partnershipId, List.of()),
							findings, ledgerKey.orElse(null))
					: DerivedChainCheck.check(stored, findings, ledgerKey.orElse(null));
			unsignedEarlier += findings.unsignedEarlierCount();
			signaturesChecked += findings.signaturesCheckedCount();
			if (checkpoint != null) {
				checkpoint.headOf(partnershipId)
					.ifPresent((head) -> checkHead(head, checkpoint, stored.isEmpty(), hashAt, findings));
			}
			discrepancies.addAll(findings.all());
		}
		discrepancies.sort(Comparator.comparing(Discrepancy::partnershipId)
			.thenComparing(Discrepancy::sequenceNumber)
			.thenComparing(Discrepancy::kind));
		Optional<String> signatureProblem = (checkpoint != null) ? checkpoint.signatureProblem(expectedPublicKey)
				: Optional.empty();
		Boolean signatureValid = (checkpoint != null) ? signatureProblem.isEmpty() : null;
		return new VerificationReport(partnerships.size(), events.size(),
				(checkpoint != null) ? checkpoint.createdAt() : null, (checkpoint != null) ? checkpoint.digest() : null,
				signatureValid, signatureProblem.orElse(null),
				ledgerSignatures(ledgerKey.isPresent(), chain.isPresent(), unsignedEarlier, expectedPublicKey),
				ledgerKey.isPresent() ? signaturesChecked : null,
				discrepancies.isEmpty() && !Boolean.FALSE.equals(signatureValid), discrepancies);
	}

	private static String ledgerSignatures(boolean checked, boolean store, long unsignedEarlier, String key) {
		if (!checked) {
			return (key == null || key.isBlank())
					? "Not checked: give the ledger's public key to check that only the ledger made each "
							+ (store ? "chain link." : "event.")
					: "Not checked: the public key given cannot be read as an Ed25519 key.";
		}
		if (store) {
			return "Every chain link was checked against the ledger's public key.";
		}
		return "Every event's signature was checked against the ledger's public key"
				+ ((unsignedEarlier > 0)
						? "; " + unsignedEarlier
								+ " events published before envelopes were signed are checked by their chain hash only."
						: ".");
	}

	private static void checkHead(ChainHead head, Checkpoint checkpoint, boolean noEvents, Map<Long, String> hashAt,
			Findings findings) {
		long sequence = head.sequenceNumber();
		String when = "The checkpoint of " + checkpoint.createdAt();
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
