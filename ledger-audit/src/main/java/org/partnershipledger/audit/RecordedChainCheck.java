package org.partnershipledger.audit;

import java.security.PublicKey;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks one partnership's stored events against the chain the event store recorded when
 * they were appended: every link follows from the one before, every event is at the
 * sequence its link names and still gives the link's hash, and every linked event is
 * still there.
 */
final class RecordedChainCheck {

	private RecordedChainCheck() {
	}

	/** Adds what is wrong to the findings; answers the chain's hash at each sequence. */
	static Map<Long, String> check(List<StoredEvent> events, List<ChainLink> chain, Findings findings,
			PublicKey ledgerKey) {
		Map<Long, ChainLink> bySequence = new TreeMap<>();
		chain.forEach((link) -> bySequence.put(link.sequenceNumber(), link));
		Map<String, ChainLink> byEvent = chain.stream()
			.collect(Collectors.toMap(ChainLink::eventId, Function.identity(), (first, second) -> first));
		checkLinks(bySequence, findings);
		if (ledgerKey != null) {
			checkSignatures(bySequence, findings, ledgerKey);
		}
		Set<String> storedIds = new HashSet<>();
		for (StoredEvent event : events) {
			storedIds.add(event.eventId());
			checkEvent(event, byEvent.get(event.eventId()), findings);
		}
		for (ChainLink link : bySequence.values()) {
			if (!storedIds.contains(link.eventId())) {
				findings.add(link.sequenceNumber(), DiscrepancyKind.MISSING, "Event " + link.eventId()
						+ ", recorded in the chain at sequence " + link.sequenceNumber() + ", is not in the store.");
			}
		}
		Gaps.report(events, bySequence.keySet(), findings);
		return bySequence.values()
			.stream()
			.collect(Collectors.toMap(ChainLink::sequenceNumber, ChainLink::chainHash, (a, b) -> a, TreeMap::new));
	}

	private static void checkSignatures(Map<Long, ChainLink> bySequence, Findings findings, PublicKey ledgerKey) {
		for (ChainLink link : bySequence.values()) {
			findings.signatureChecked();
			if (!LinkSignatures.verifies(link, ledgerKey)) {
				findings.add(link.sequenceNumber(), DiscrepancyKind.UNSIGNED,
						"The chain link at sequence " + link.sequenceNumber() + " (event " + link.eventId() + ") "
								+ ((link.signature() == null) ? "carries no signature"
										: "carries a signature that does not verify with the ledger's public key")
								+ ": it was not made by the ledger.");
			}
		}
	}

	private static void checkLinks(Map<Long, ChainLink> bySequence, Findings findings) {
		for (ChainLink link : bySequence.values()) {
			long sequence = link.sequenceNumber();
			if (sequence == 0) {
				if (!ChainHash.GENESIS.equals(link.previousHash())) {
					findings.add(0, DiscrepancyKind.ALTERED,
							"The chain's first link does not start from the genesis hash.");
				}
				continue;
			}
			ChainLink before = bySequence.get(sequence - 1);
			if (before == null) {
				findings.add(sequence - 1, DiscrepancyKind.MISSING,
						"The hash chain has no link at sequence " + (sequence - 1) + ".");
			}
			else if (!before.chainHash().equals(link.previousHash())) {
				findings.add(sequence, DiscrepancyKind.ALTERED,
						"The chain's link from sequence " + (sequence - 1) + " to " + sequence
								+ " is broken: the hash recorded for sequence " + (sequence - 1)
								+ " or this link was changed.");
			}
		}
	}

	private static void checkEvent(StoredEvent event, ChainLink link, Findings findings) {
		long sequence = event.sequenceNumber();
		if (event.unreadable() != null) {
			findings.add(sequence, DiscrepancyKind.UNREADABLE,
					"The stored event " + event.eventId() + " cannot be read: " + event.unreadable() + ".");
		}
		else if (link == null) {
			findings.add(sequence, DiscrepancyKind.ALTERED, "Event " + event.eventId()
					+ " is not in the hash chain: it was added, or its id changed, after events were recorded.");
		}
		else if (link.sequenceNumber() != sequence) {
			findings.add(sequence, DiscrepancyKind.REORDERED, "Event " + event.eventId() + " is stored at sequence "
					+ sequence + ", but the chain recorded it at sequence " + link.sequenceNumber() + ".");
		}
		else if (!ChainHash.of(event.envelope(), link.previousHash()).equals(link.chainHash())) {
			findings.add(sequence, DiscrepancyKind.ALTERED, "Event " + event.eventId() + " (" + event.envelope().type()
					+ ") no longer gives the hash recorded when it was appended: its stored content was changed.");
		}
	}

}
