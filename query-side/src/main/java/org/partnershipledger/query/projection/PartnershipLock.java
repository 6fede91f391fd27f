package org.partnershipledger.query.projection;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one lock on a partnership's read models, held until the end of the current
 * transaction: the listener, the retry of parked records and the rebuild all take it, so
 * they never write the same partnership at once, across threads and instances.
 */
@Component
public class PartnershipLock {

	private final JdbcClient jdbc;

	PartnershipLock(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the partnership's lock; call inside a transaction. */
	public void lock(String partnershipId) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext(:id))")
			.param("id", partnershipId)
			.query((rs, row) -> 1)
			.single();
	}

}
