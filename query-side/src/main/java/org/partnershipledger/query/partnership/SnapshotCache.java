package org.partnershipledger.query.partnership;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Snapshots read and parsed, the ones used last kept in memory: an as-of view starts from
 * the nearest snapshot, and parsing one of a long partnership (every item it ever had)
 * costs far more than the few hundred events folded after it. A snapshot never changes
 * once written (a rebuild writes the same fold state again under the same key), and each
 * view restores its own state from the kept parts, which are immutable. Bounded by the
 * items the kept snapshots hold, so a few very long partnerships cannot fill the heap.
 */
final class SnapshotCache {

	private final int maxItems;

	private final LinkedHashMap<Key, Parsed> kept = new LinkedHashMap<>(16, 0.75f, true);

	private int items;

	SnapshotCache(int maxItems) {
		this.maxItems = maxItems;
	}

	/** The parsed snapshot, read with {@code load} when it is not kept. */
	Optional<Parsed> get(String partnershipId, long sequenceNumber, Supplier<Optional<Parsed>> load) {
		Key key = new Key(partnershipId, sequenceNumber);
		synchronized (this) {
			Parsed found = this.kept.get(key);
			if (found != null) {
				return Optional.of(found);
			}
		}
		Optional<Parsed> loaded = load.get();
		loaded.ifPresent((parsed) -> keep(key, parsed));
		return loaded;
	}

	/** Forgets the partnership's snapshots, as the table forgets them. */
	synchronized void forget(String partnershipId) {
		Iterator<Map.Entry<Key, Parsed>> entries = this.kept.entrySet().iterator();
		while (entries.hasNext()) {
			Map.Entry<Key, Parsed> entry = entries.next();
			if (entry.getKey().partnershipId().equals(partnershipId)) {
				this.items -= entry.getValue().weight();
				entries.remove();
			}
		}
	}

	synchronized int size() {
		return this.kept.size();
	}

	private synchronized void keep(Key key, Parsed parsed) {
		if (parsed.weight() > this.maxItems || this.kept.containsKey(key)) {
			return;
		}
		this.kept.put(key, parsed);
		this.items += parsed.weight();
		Iterator<Map.Entry<Key, Parsed>> eldest = this.kept.entrySet().iterator();
		while (this.items > this.maxItems && eldest.hasNext()) {
			this.items -= eldest.next().getValue().weight();
			eldest.remove();
		}
	}

	private record Key(String partnershipId, long sequenceNumber) {
	}

	/** A snapshot as read: the stored overview and every item of each kind. */
	record Parsed(StoredOverview overview, Map<ItemKind, List<?>> items) {

		Parsed {
			items = Map.copyOf(items);
		}

		/** A state of its own, to fold further events into. */
		OverviewState restore() {
			return OverviewState.restore(this.overview, this.items);
		}

		int weight() {
			return 1 + this.items.values().stream().mapToInt(List::size).sum();
		}

	}

}
