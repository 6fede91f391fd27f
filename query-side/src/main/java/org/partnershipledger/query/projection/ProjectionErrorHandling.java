package org.partnershipledger.query.projection;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * A record that fails to apply is retried a few times, then parked (not lost, not
 * skipped): Boot gives this handler to the listener container.
 */
@Configuration(proxyBeanMethods = false)
class ProjectionErrorHandling {

	@Bean
	CommonErrorHandler projectionErrorHandler(OverviewProjection projection) {
		return new DefaultErrorHandler(
				(record, failure) -> projection.parkFailed(ReceivedRecord.of(castRecord(record)), failure),
				new FixedBackOff(200, 2));
	}

	@SuppressWarnings("unchecked")
	private static ConsumerRecord<String, String> castRecord(ConsumerRecord<?, ?> record) {
		return (ConsumerRecord<String, String>) record;
	}

}
