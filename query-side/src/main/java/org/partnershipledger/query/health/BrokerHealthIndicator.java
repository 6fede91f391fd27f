package org.partnershipledger.query.health;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.Node;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.Topics;

/**
 * Health component {@code broker}: whether the Kafka broker answers, and the events
 * topic's partitions with their leaders. DOWN when it does not answer within two seconds:
 * the relay then waits and the views receive nothing, but no event is lost.
 */
@Component
class BrokerHealthIndicator implements HealthIndicator, DisposableBean {

	private static final long TIMEOUT_SECONDS = 2;

	private final KafkaAdmin kafkaAdmin;

	private AdminClient admin;

	BrokerHealthIndicator(KafkaAdmin kafkaAdmin) {
		this.kafkaAdmin = kafkaAdmin;
	}

	@Override
	public synchronized Health health() {
		try {
			if (this.admin == null) {
				java.util.Map<String, Object> config = new java.util.HashMap<>(
						this.kafkaAdmin.getConfigurationProperties());
				config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
				config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
				this.admin = AdminClient.create(config);
			}
			Collection<Node> nodes = this.admin.describeCluster().nodes().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
			TopicDescription topic = this.admin.describeTopics(List.of(Topics.PARTNERSHIP_EVENTS))
				.allTopicNames()
				.get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
				.get(Topics.PARTNERSHIP_EVENTS);
			long withoutLeader = topic.partitions().stream().filter((partition) -> partition.leader() == null).count();
			Health.Builder health = (withoutLeader == 0) ? Health.up() : Health.down();
			return health.withDetail("brokers", nodes.size())
				.withDetail("topic", Topics.PARTNERSHIP_EVENTS)
				.withDetail("partitions", topic.partitions().size())
				.withDetail("partitionsWithoutLeader", withoutLeader)
				.build();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return Health.unknown().build();
		}
		catch (Exception ex) {
			return Health.down()
				.withDetail("reason", "The Kafka broker does not answer (" + ex.getClass().getSimpleName() + ")")
				.build();
		}
	}

	@Override
	public synchronized void destroy() {
		if (this.admin != null) {
			this.admin.close(Duration.ofSeconds(2));
		}
	}

}
