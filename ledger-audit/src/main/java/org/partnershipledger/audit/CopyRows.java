package org.partnershipledger.audit;

import java.util.function.BiConsumer;

/**
 * A copy of the history read one event at a time, such as the query side's
 * {@code event_log}: rows ordered by the partnership they are filed under, then by
 * sequence number. It may be read more than once, and must then give the same rows in the
 * same order (read it in one repeatable-read transaction).
 */
@FunctionalInterface
public interface CopyRows {

	/**
	 * Hands each event to {@code each} with the partnership its row is filed under,
	 * ordered by that partnership, then by sequence number.
	 */
	void forEach(BiConsumer<String, StoredEvent> each);

}
