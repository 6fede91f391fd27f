package org.partnershipledger.query.partnership;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snapshots kept parsed: each read once while kept, the ones used least recently let go
 * when the items they hold pass the bound, a partnership's forgotten with its rows.
 */
class SnapshotCacheTest {

	private final AtomicInteger reads = new AtomicInteger();

	/** A snapshot holding this many notices, counting each time it is read. */
	private Supplier<Optional<SnapshotCache.Parsed>> holding(int notices) {
		return () -> {
			this.reads.incrementAndGet();
			return Optional.of(new SnapshotCache.Parsed(OverviewState.empty().stored(),
					Map.of(ItemKind.NOTICE, List.copyOf(Collections.nCopies(notices, "notice")))));
		};
	}

	@Test
	void aSnapshotIsReadOnceWhileItIsKept() {
		SnapshotCache cache = new SnapshotCache(100);

		cache.get("p-1", 499, holding(10));
		cache.get("p-1", 499, holding(10));
		cache.get("p-1", 999, holding(10));

		assertThat(this.reads).hasValue(2);
	}

	@Test
	void theSnapshotUsedLeastRecentlyGoesWhenTheItemsPassTheBound() {
		SnapshotCache cache = new SnapshotCache(25);
		cache.get("p-1", 499, holding(10));
		cache.get("p-2", 499, holding(10));
		cache.get("p-1", 499, holding(10));

		cache.get("p-3", 499, holding(10));
		cache.get("p-1", 499, holding(10));
		cache.get("p-2", 499, holding(10));

		assertThat(this.reads).as("p-1, p-2 and p-3 read, then p-2 again").hasValue(4);
		assertThat(cache.size()).isEqualTo(2);
	}

	@Test
	void aSnapshotLargerThanTheBoundIsNotKept() {
		SnapshotCache cache = new SnapshotCache(25);

		cache.get("p-1", 499, holding(30));
		cache.get("p-1", 499, holding(30));

		assertThat(this.reads).hasValue(2);
		assertThat(cache.size()).isZero();
	}

	@Test
	void forgettingAPartnershipLetsGoOfItsSnapshotsOnly() {
		SnapshotCache cache = new SnapshotCache(100);
		cache.get("p-1", 499, holding(1));
		cache.get("p-1", 999, holding(1));
		cache.get("p-2", 499, holding(1));

		cache.forget("p-1");
		cache.get("p-1", 499, holding(1));
		cache.get("p-2", 499, holding(1));

		assertThat(this.reads).hasValue(4);
	}

	@Test
	void aSnapshotThatIsGoneIsNotKept() {
		SnapshotCache cache = new SnapshotCache(100);

		assertThat(cache.get("p-1", 499, Optional::empty)).isEmpty();
		assertThat(cache.size()).isZero();
	}

}
