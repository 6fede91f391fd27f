package org.partnershipledger.command.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long an {@code Idempotency-Key} is kept.
 *
 * @param keyLifetime from the first request on, how long a retry with the key is answered
 * with the first result; after that the key is forgotten
 * @param purgeInterval how often expired keys are deleted
 */
@ConfigurationProperties("ledger.idempotency")
public record IdempotencySettings(@DefaultValue("24h") Duration keyLifetime,
		@DefaultValue("1h") Duration purgeInterval) {

	public IdempotencySettings {
		if (keyLifetime.isNegative() || keyLifetime.isZero()) {
			throw new IllegalArgumentException("ledger.idempotency.key-lifetime must be positive");
		}
	}

}
