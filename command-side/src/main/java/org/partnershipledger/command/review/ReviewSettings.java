package org.partnershipledger.command.review;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The missed-review sweep.
 *
 * @param sweepInterval how long between two sweeps (from the end of one to the start of
 * the next)
 * @param sweepEnabled whether the sweep runs on its own; tests turn it off and run it on
 * demand
 * @param sweepBatchSize how many overdue reviews one sweep handles at most
 */
@ConfigurationProperties("ledger.reviews")
public record ReviewSettings(@DefaultValue("1m") Duration sweepInterval, @DefaultValue("true") boolean sweepEnabled,
		@DefaultValue("500") int sweepBatchSize) {

	public ReviewSettings {
		if (sweepInterval.isNegative() || sweepInterval.isZero()) {
			throw new IllegalArgumentException("ledger.reviews.sweep-interval must be positive");
		}
		if (sweepBatchSize < 1) {
			throw new IllegalArgumentException("ledger.reviews.sweep-batch-size must be at least 1");
		}
	}

}
