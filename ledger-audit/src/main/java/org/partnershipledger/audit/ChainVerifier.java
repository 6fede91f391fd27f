package org.partnershipledger.audit;

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
public final class ChainVerifier {

	private ChainVerifier() {
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
		return verify(events, Optional.of(chain), Verification.ofStore(checkpoint, expectedPublicKey));
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
		return verify(events, Optional.empty(), Verification.ofExport(checkpoint, expectedPublicKey));
	}

	/**
	 * Verifies a complete copy of the history whose events carry their chain hash, such
	 * as the query side's: a partnership the checkpoint lists but the copy lacks is
	 * missing.
	 */
	public static VerificationReport verifyCopy(List<StoredEvent> events, Checkpoint checkpoint,
			String expectedPublicKey) {
		return verify(events, Optional.empty(), Verification.ofCopy(checkpoint, expectedPublicKey));
	}

	/**
	 * Verifies a complete copy of the history read one partnership at a time, as
	 * {@link #verifyCopy(List, Checkpoint, String)} would verify all its events at once:
	 * no more than one partnership's events are held.
	 */
	public static VerificationReport verifyCopy(CopyRows copy, Checkpoint checkpoint, String expectedPublicKey) {
		return CopyReading.verify(copy, Verification.ofCopy(checkpoint, expectedPublicKey));
	}

	private static VerificationReport verify(List<StoredEvent> events, Optional<List<ChainLink>> chain,
			Verification verification) {
		Map<String, List<StoredEvent>> eventsByPartnership = events.stream()
			.collect(Collectors.groupingBy(StoredEvent::partnershipId, TreeMap::new, Collectors.toList()));
		Map<String, List<ChainLink>> linksByPartnership = chain.orElse(List.of())
			.stream()
			.collect(Collectors.groupingBy(ChainLink::partnershipId));
		TreeSet<String> partnerships = new TreeSet<>(eventsByPartnership.keySet());
		partnerships.addAll(linksByPartnership.keySet());
		for (String partnershipId : partnerships) {
			verification.partnership(partnershipId, eventsByPartnership.getOrDefault(partnershipId, List.of()),
					linksByPartnership.getOrDefault(partnershipId, List.of()));
		}
		return verification.report();
	}

}
