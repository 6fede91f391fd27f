package org.partnershipledger.query.partnership;

/**
 * Which part of a long list to read: page {@code number} of {@code limit} items, the
 * first page being 0.
 */
public record Page(int number, int limit) {

	/** How many items a page holds when the client does not say. */
	public static final int DEFAULT_LIMIT = 100;

	/** The most items a page may hold. */
	public static final int MAX_LIMIT = 500;

	public Page {
		if (number < 0) {
			throw new IllegalArgumentException("A page number is 0 or more");
		}
		if (limit < 1 || limit > MAX_LIMIT) {
			throw new IllegalArgumentException("A page holds from 1 to " + MAX_LIMIT + " items");
		}
	}

	public long offset() {
		return (long) this.number * this.limit;
	}

}
