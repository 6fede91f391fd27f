package org.partnershipledger.command.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the event store is read by the event processors.
 *
 * @param fetchDelay how often the store is polled for events that another command-side
 * instance stored (events stored by this instance are read at once, on commit)
 * @param gapTimeout how long a hole in the global index (an event whose transaction is
 * still open) is waited for before the processors move past it for good; the relay's
 * check finds and sends an event that committed later than this
 * @param gapCleaningThreshold how many such holes a token may hold before the ones older
 * than {@code gapTimeout} are cleaned away
 * @param nodeName the name this instance claims event processor segments under; empty for
 * Axon's default (process id and host name)
 */
@ConfigurationProperties("ledger.event-store")
public record EventStoreSettings(@DefaultValue("100ms") Duration fetchDelay, @DefaultValue("60s") Duration gapTimeout,
		@DefaultValue("250") int gapCleaningThreshold, @DefaultValue("") String nodeName) {

	public EventStoreSettings {
		if (fetchDelay.isNegative() || fetchDelay.isZero()) {
			throw new IllegalArgumentException("ledger.event-store.fetch-delay must be positive");
		}
		if (gapTimeout.isNegative() || gapTimeout.isZero()) {
			throw new IllegalArgumentException("ledger.event-store.gap-timeout must be positive");
		}
		if (gapCleaningThreshold < 1) {
			throw new IllegalArgumentException("ledger.event-store.gap-cleaning-threshold must be at least 1");
		}
	}

}
