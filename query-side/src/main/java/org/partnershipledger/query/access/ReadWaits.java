package org.partnershipledger.query.access;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * How many reads each person has waiting for a version at once: at most a few, so that
 * one person cannot hold many of the server's threads by asking for versions that never
 * come. A read over the limit does not wait.
 */
final class ReadWaits {

	private final int perPerson;

	private final Map<String, Integer> waiting = new ConcurrentHashMap<>();

	ReadWaits(int perPerson) {
		this.perPerson = perPerson;
	}

	/**
	 * What {@code wait} gives, if the person has a wait to spare; empty at once when they
	 * have not.
	 */
	<T> Optional<T> ifFree(String username, Supplier<T> wait) {
		if (!take(username)) {
			return Optional.empty();
		}
		try {
			return Optional.of(wait.get());
		}
		finally {
			this.waiting.computeIfPresent(username, (name, count) -> (count <= 1) ? null : count - 1);
		}
	}

	private boolean take(String username) {
		boolean[] taken = { false };
		this.waiting.compute(username, (name, count) -> {
			int now = (count != null) ? count : 0;
			if (now >= this.perPerson) {
				return count;
			}
			taken[0] = true;
			return now + 1;
		});
		return taken[0];
	}

}
