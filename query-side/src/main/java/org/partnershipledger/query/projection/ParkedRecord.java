package org.partnershipledger.query.projection;

import java.time.Instant;

/**
 * A record waiting to be applied: behind a gap in its partnership's sequence, or after
 * failing to apply.
 *
 * @param sequenceNumber {@code null} when the record was too broken to tell
 * @param envelope the Kafka value exactly as received
 */
public record ParkedRecord(long id, String partnershipId, Long sequenceNumber, String envelope, String reason,
		Instant parkedAt, int attempts, Instant lastAttemptAt) {

}
