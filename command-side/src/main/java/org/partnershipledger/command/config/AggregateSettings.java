package org.partnershipledger.command.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Tuning of the partnership aggregate.
 *
 * @param snapshotThreshold after how many events read to load a partnership a snapshot is
 * taken; a partnership lives for years, so its stream grows long
 */
@ConfigurationProperties("ledger.aggregate")
public record AggregateSettings(@DefaultValue("200") int snapshotThreshold) {

	public AggregateSettings {
		if (snapshotThreshold < 1) {
			throw new IllegalArgumentException("ledger.aggregate.snapshot-threshold must be at least 1");
		}
	}

}
