package org.partnershipledger.audit;

import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;

/** Sequence numbers a partnership's history skips. */
final class Gaps {

	/**
	 * The longest run of missing sequence numbers named one by one; a longer run (an
	 * event moved far ahead, or a sequence number forged) is named once, at its start, so
	 * that the report stays the size of the history, not of the sequence numbers.
	 */
	static final long LISTED = 1000;

	private Gaps() {
	}

	/**
	 * Reports each sequence number from 0 to the highest one stored or chained that has
	 * no stored event, unless it is already reported missing.
	 */
	static void report(List<StoredEvent> events, Collection<Long> chained, Findings findings) {
		NavigableSet<Long> stored = new TreeSet<>();
		events.forEach((event) -> stored.add(event.sequenceNumber()));
		long highest = Math.max(stored.isEmpty() ? -1 : stored.last(),
				chained.stream().mapToLong(Long::longValue).max().orElse(-1));
		if (highest < 0) {
			return;
		}
		long from = 0;
		for (long sequence : stored.subSet(0L, true, highest, true)) {
			missing(from, sequence - 1, stored, findings);
			if (sequence == highest) {
				return;
			}
			from = sequence + 1;
		}
		missing(from, highest, stored, findings);
	}

	private static void missing(long first, long last, NavigableSet<Long> stored, Findings findings) {
		if (last < first) {
			return;
		}
		String next = stored.contains(last + 1) ? "; the event after it cannot be checked against it." : ".";
		if (last - first >= LISTED) {
			if (!findings.has(first, DiscrepancyKind.MISSING)) {
				findings.add(first, DiscrepancyKind.MISSING, "There are no events at sequences " + first + " to " + last
						+ " (" + (last - first + 1) + " in all)" + next);
			}
			return;
		}
		for (long offset = 0; offset <= last - first; offset++) {
			long sequence = first + offset;
			if (!findings.has(sequence, DiscrepancyKind.MISSING)) {
				findings.add(sequence, DiscrepancyKind.MISSING,
						"There is no event at sequence " + sequence + ((sequence == last) ? next : "."));
			}
		}
	}

}
