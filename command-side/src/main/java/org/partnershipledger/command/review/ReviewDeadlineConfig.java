package org.partnershipledger.command.review;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The sweep's schedule, and the error handling of the deadline and cadence processors.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReviewDeadlineConfig {

	/**
	 * Axon's default error handler logs a failed event and moves on; a deadline skipped
	 * that way would never be missed. A failure stops the processor, which retries.
	 */
	@Bean
	ConfigurerModule reviewDeadlinesStopOnFailure() {
		return (configurer) -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(ReviewDeadlineProjection.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

	/**
	 * Likewise, a next review whose scheduling failed would never be scheduled: a failure
	 * stops the cadence processor, which retries.
	 */
	@Bean
	ConfigurerModule reviewCadenceStopsOnFailure() {
		return (configurer) -> configurer.eventProcessing()
			.registerListenerInvocationErrorHandler(ReviewCadenceScheduler.PROCESSING_GROUP,
					(configuration) -> PropagatingErrorHandler.instance());
	}

}
