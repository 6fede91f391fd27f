package org.partnershipledger.audit;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Sequence numbers a partnership's history skips. */
final class Gaps {

	private Gaps() {
	}

	/**
	 * Reports each sequence number from 0 to the highest one stored or chained that has
	 * no stored event, unless it is already reported missing.
	 */
	static void report(List<StoredEvent> events, Collection<Long> chained, Findings findings) {
		Set<Long> stored = events.stream().map(StoredEvent::sequenceNumber).collect(Collectors.toSet());
		long highest = Math.max(stored.stream().mapToLong(Long::longValue).max().orElse(-1),
				chained.stream().mapToLong(Long::longValue).max().orElse(-1));
		for (long sequence = 0; sequence <= highest; sequence++) {
			if (!stored.contains(sequence) && !findings.has(sequence, DiscrepancyKind.MISSING)) {
				findings.add(sequence, DiscrepancyKind.MISSING, "There is no event at sequence " + sequence
						+ (stored.contains(sequence + 1) ? "; the event after it cannot be checked against it." : "."));
			}
		}
	}

}
