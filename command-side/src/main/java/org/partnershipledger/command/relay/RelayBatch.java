package org.partnershipledger.command.relay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The events one batch of the relay's processor handed over, in store order: their ids,
 * and per partnership the first and last sequence number among them.
 */
final class RelayBatch {

	private final List<String> eventIds = new ArrayList<>();

	private final Map<String, long[]> sequences = new LinkedHashMap<>();

	void add(String partnershipId, long sequenceNumber, String eventId) {
		this.eventIds.add(eventId);
		this.sequences.merge(partnershipId, new long[] { sequenceNumber, sequenceNumber },
				(known, added) -> new long[] { Math.min(known[0], added[0]), Math.max(known[1], added[1]) });
	}

	List<String> eventIds() {
		return this.eventIds;
	}

	Iterable<String> partnershipIds() {
		return this.sequences.keySet();
	}

	long firstSequence(String partnershipId) {
		return this.sequences.get(partnershipId)[0];
	}

}
