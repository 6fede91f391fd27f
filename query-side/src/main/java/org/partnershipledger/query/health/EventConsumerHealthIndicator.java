package org.partnershipledger.query.health;

import java.util.Collection;

import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.stereotype.Component;

import org.partnershipledger.query.projection.PartnershipEventsListener;
import org.partnershipledger.query.web.ViewsBehind;

/**
 * Health component {@code eventConsumer}: whether the consumer that feeds the views runs
 * and holds partitions of the events topic, and how many records the views are behind.
 * DOWN when it stopped; OUT_OF_SERVICE while it holds no partition (joining its group, or
 * another instance holds them all).
 */
@Component
class EventConsumerHealthIndicator implements HealthIndicator {

	private final KafkaListenerEndpointRegistry listeners;

	private final ViewsBehind lag;

	EventConsumerHealthIndicator(KafkaListenerEndpointRegistry listeners, ViewsBehind lag) {
		this.listeners = listeners;
		this.lag = lag;
	}

	@Override
	public Health health() {
		MessageListenerContainer container = this.listeners.getListenerContainer(PartnershipEventsListener.ID);
		if (container == null || !container.isRunning()) {
			return Health.down().withDetail("reason", "The consumer that feeds the views is not running").build();
		}
		Collection<TopicPartition> assigned = container.getAssignedPartitions();
		int partitions = (assigned != null) ? assigned.size() : 0;
		Health.Builder health = (partitions > 0) ? Health.up()
				: Health.status(new Status(Status.OUT_OF_SERVICE.getCode(), "Holds no partition of the topic yet"));
		long behind = this.lag.behind();
		return health.withDetail("assignedPartitions", partitions)
			.withDetail("behind", (behind >= 0) ? behind : "unknown")
			.build();
	}

}
