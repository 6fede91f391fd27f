package org.partnershipledger.audit;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * Checks one partnership's events when only the events themselves carry their chain hash
 * (an exported history): each event must give its own hash from the hash of the event
 * before it. An event that does not is looked for at every other place in the chain; if
 * it fits at another sequence it was moved, otherwise it was changed.
 */
final class DerivedChainCheck {

	private DerivedChainCheck() {
	}

	/** Adds what is wrong to the findings; answers the chain's hash at each sequence. */
	static Map<Long, String> check(List<StoredEvent> events, Findings findings, PublicKey ledgerKey) {
		if (ledgerKey != null) {
			checkSignatures(events, findings, ledgerKey);
		}
		Map<Long, EventEnvelope> byLabel = new HashMap<>();
		List<EventEnvelope> readable = new ArrayList<>();
		for (StoredEvent event : events) {
			if (event.unreadable() != null) {
				findings.add(event.sequenceNumber(), DiscrepancyKind.UNREADABLE,
						"Event " + event.eventId() + " cannot be read: " + event.unreadable() + ".");
			}
			else if (event.envelope().chainHash() == null) {
				findings.add(event.sequenceNumber(), DiscrepancyKind.ALTERED,
						"Event " + event.eventId() + " carries no chain hash.");
			}
			else {
				byLabel.putIfAbsent(event.sequenceNumber(), event.envelope());
				readable.add(event.envelope());
			}
		}
		Map<Long, String> hashAt = new TreeMap<>();
		Map<String, Long> placed = new HashMap<>();
		for (EventEnvelope envelope : readable) {
			long sequence = envelope.sequenceNumber();
			String previous = (sequence == 0) ? ChainHash.GENESIS
					: (byLabel.containsKey(sequence - 1) ? byLabel.get(sequence - 1).chainHash() : null);
			if (previous != null && ChainHash.of(envelope, previous).equals(envelope.chainHash())) {
				placed.put(envelope.eventId(), sequence);
				hashAt.put(sequence, envelope.chainHash());
			}
		}
		placeTheRest(readable, placed, hashAt);
		for (EventEnvelope envelope : readable) {
			long sequence = envelope.sequenceNumber();
			Long place = placed.get(envelope.eventId());
			if (place == null) {
				if (sequence == 0 || byLabel.containsKey(sequence - 1)) {
					findings.add(sequence, DiscrepancyKind.ALTERED, "Event " + envelope.eventId() + " ("
							+ envelope.type() + ") no longer gives its recorded chain hash: its content was changed.");
				}
				hashAt.putIfAbsent(sequence, envelope.chainHash());
			}
			else if (place != sequence) {
				findings.add(sequence, DiscrepancyKind.REORDERED, "Event " + envelope.eventId() + " is at sequence "
						+ sequence + ", but its hash shows it was recorded at sequence " + place + ".");
			}
		}
		Gaps.report(events, List.of(), findings);
		return hashAt;
	}

	/**
	 * Each event must carry the ledger's signature; events from before envelopes were
	 * signed (an unsigned start of the partnership's history) are noted, and checked by
	 * their chain hash only.
	 */
	private static void checkSignatures(List<StoredEvent> events, Findings findings, PublicKey ledgerKey) {
		boolean signedBefore = false;
		for (StoredEvent event : events) {
			EventEnvelope envelope = event.envelope();
			if (envelope == null) {
				continue;
			}
			if (envelope.signature() == null) {
				if (signedBefore) {
					findings.signatureChecked();
					findings.add(event.sequenceNumber(), DiscrepancyKind.UNSIGNED, "Event " + event.eventId()
							+ " carries no signature, though the events before it do: it was not made by the ledger.");
				}
				else {
					findings.unsignedEarlier();
				}
				continue;
			}
			signedBefore = true;
			findings.signatureChecked();
			EnvelopeSignatures.problem(envelope, ledgerKey)
				.ifPresent((problem) -> findings.add(event.sequenceNumber(), DiscrepancyKind.UNSIGNED,
						"Event " + event.eventId() + ": " + problem));
		}
	}

	/**
	 * Places events whose hash does not follow from their neighbour: tries each one after
	 * every event already placed (and at the start), until no more fit.
	 */
	private static void placeTheRest(List<EventEnvelope> readable, Map<String, Long> placed, Map<Long, String> hashAt) {
		boolean progress = true;
		while (progress) {
			progress = false;
			for (EventEnvelope envelope : readable) {
				if (placed.containsKey(envelope.eventId())) {
					continue;
				}
				Map<Long, String> candidates = new TreeMap<>(hashAt);
				candidates.put(-1L, ChainHash.GENESIS);
				for (Map.Entry<Long, String> before : candidates.entrySet()) {
					long place = before.getKey() + 1;
					if (!hashAt.containsKey(place)
							&& ChainHash.of(at(envelope, place), before.getValue()).equals(envelope.chainHash())) {
						placed.put(envelope.eventId(), place);
						hashAt.put(place, envelope.chainHash());
						progress = true;
						break;
					}
				}
			}
		}
	}

	private static EventEnvelope at(EventEnvelope envelope, long sequenceNumber) {
		return new EventEnvelope(envelope.eventId(), envelope.type(), envelope.revision(), envelope.partnershipId(),
				sequenceNumber, envelope.globalIndex(), envelope.occurredAt(), envelope.recordedAt(), envelope.actor(),
				envelope.authority(), envelope.correlationId(), envelope.causationId(), envelope.payload(),
				envelope.chainHash(), envelope.signature());
	}

}
