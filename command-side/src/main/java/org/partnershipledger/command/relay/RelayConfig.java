package org.partnershipledger.command.relay;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.scheduling.annotation.EnableScheduling;

import org.partnershipledger.events.wire.Topics;

/** The topic, the relay's error handling, and the schedule of its skipped-event check. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class RelayConfig {

	/** Unlimited retention and no compaction: a new query side replays from offset 0. */
	@Bean
	NewTopic partnershipEventsTopic(RelaySettings settings) {
		return TopicBuilder.name(Topics.PARTNERSHIP_EVENTS)
			.partitions(settings.topicPartitions())
			.replicas(settings.topicReplicationFactor())
			.config(TopicConfig.RETENTION_MS_CONFIG, "-1")
			.config(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE)
			.build();
	}

	/**
	 * Axon's default error handler logs a failed event and moves on. For the relay that
	 * would lose the event on Kafka: a failure must stop the processor, which then
	 * retries from the last token.
	 */
	@Bean
	ConfigurerModule relayStopsOnFailure() {
		return (configurer) -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(PartnershipEventRelay.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

}
