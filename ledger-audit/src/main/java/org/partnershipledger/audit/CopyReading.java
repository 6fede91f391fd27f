package org.partnershipledger.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Feeds a copy's rows to a verification one partnership at a time. An event belongs to
 * the partnership its envelope names; its row is filed under that partnership unless the
 * copy was tampered with. When some are not, the copy is read a second time: those events
 * (kept from the first reading) are then handed over with the partnership they name, each
 * in the place its row holds, as if the copy had been read whole.
 */
final class CopyReading {

	private CopyReading() {
	}

	static VerificationReport verify(CopyRows copy, Verification verification) {
		Map<Long, StoredEvent> misfiled = new LinkedHashMap<>();
		read(copy, Map.of(), misfiled, verification);
		if (misfiled.isEmpty()) {
			return verification.report();
		}
		Verification again = verification.fresh();
		Map<Long, StoredEvent> changed = new LinkedHashMap<>();
		read(copy, misfiled, changed, again);
		if (!changed.isEmpty()) {
			throw new IllegalStateException(
					"The copy changed between two readings: read it in one repeatable-read transaction");
		}
		return again.report();
	}

	/**
	 * Reads the copy once, handing each partnership over as its rows end.
	 * @param known events filed under another partnership than their own, by their row's
	 * place in the copy, to hand over with their own partnership
	 * @param found where to note such events this reading finds that are not known yet;
	 * while there are any, what this reading hands over is not to be reported
	 */
	private static void read(CopyRows copy, Map<Long, StoredEvent> known, Map<Long, StoredEvent> found,
			Verification verification) {
		Map<String, List<Placed>> elsewhere = new LinkedHashMap<>();
		known.forEach((place, event) -> elsewhere.computeIfAbsent(event.partnershipId(), (id) -> new ArrayList<>())
			.add(new Placed(place, event)));
		Group group = new Group();
		long[] place = { 0 };
		copy.forEach((filedUnder, event) -> {
			long at = place[0]++;
			if (!Objects.equals(event.partnershipId(), filedUnder)) {
				if (!known.containsKey(at)) {
					found.put(at, event);
				}
				return;
			}
			if (!filedUnder.equals(group.partnershipId)) {
				group.handOver(elsewhere, verification, found.isEmpty());
				group.partnershipId = filedUnder;
			}
			group.events.add(new Placed(at, event));
		});
		group.handOver(elsewhere, verification, found.isEmpty());
		if (found.isEmpty()) {
			elsewhere.forEach((partnershipId, events) -> verification.partnership(partnershipId,
					events.stream().map(Placed::event).toList(), List.of()));
		}
	}

	/** An event and its row's place in the copy. */
	private record Placed(long place, StoredEvent event) {
	}

	/** The rows of the partnership being read. */
	private static final class Group {

		private String partnershipId;

		private final List<Placed> events = new ArrayList<>();

		/**
		 * Hands the partnership over with the events filed elsewhere that name it, all in
		 * the order of their rows; only notes it when the reading will not be reported.
		 */
		void handOver(Map<String, List<Placed>> elsewhere, Verification verification, boolean reported) {
			if (this.partnershipId == null) {
				return;
			}
			List<Placed> all = new ArrayList<>(this.events);
			all.addAll(elsewhere.getOrDefault(this.partnershipId, List.of()));
			elsewhere.remove(this.partnershipId);
			all.sort(Comparator.comparingLong(Placed::place));
			if (reported) {
				verification.partnership(this.partnershipId, all.stream().map(Placed::event).toList(), List.of());
			}
			this.events.clear();
		}

	}

}
