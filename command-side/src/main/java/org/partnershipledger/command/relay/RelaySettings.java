package org.partnershipledger.command.relay;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka relay's settings.
 *
 * @param sendTimeout how long a batch may wait for the broker's acknowledgements before
 * it counts as failed (and the relay stops and retries)
 * @param topicPartitions partitions of the topic when the relay creates it
 * @param topicReplicationFactor replicas of the topic when the relay creates it
 * @param skippedEventCheckInterval how often {@link SkippedEventCheck} looks for events
 * the relay's stream passed without delivering
 * @param skippedEventCheckEnabled whether it looks on schedule (tests call it)
 * @param segmentCheckInterval how often {@link RelaySegments} looks whether the relay has
 * fewer segments than configured
 */
@ConfigurationProperties("ledger.relay")
public record RelaySettings(@DefaultValue("10s") Duration sendTimeout, @DefaultValue("3") int topicPartitions,
		@DefaultValue("1") short topicReplicationFactor, @DefaultValue("1m") Duration skippedEventCheckInterval,
		@DefaultValue("true") boolean skippedEventCheckEnabled, @DefaultValue("1m") Duration segmentCheckInterval) {

}
