package org.partnershipledger.command.config;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;

/**
 * The event store as the event processors read it: Axon's embedded store polling for
 * other instances' events every {@code ledger.event-store.fetch-delay} (Axon's default is
 * a second), a source that wakes a processor as soon as events are read, and the token
 * store claiming segments under this instance's name.
 */
@org.springframework.context.annotation.Configuration(proxyBeanMethods = false)
class EventStoreConfig {

	/** Replaces the store Axon's auto-configuration builds, with the fetch delay set. */
	@Qualifier("eventStore")
	@Bean(name = "eventBus")
	EmbeddedEventStore eventStore(EventStorageEngine storageEngine, Configuration configuration,
			EventStoreSettings settings) {
		return EmbeddedEventStore.builder()
			.storageEngine(storageEngine)
			.messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
			.spanFactory(configuration.getComponent(EventBusSpanFactory.class))
			.fetchDelay(settings.fetchDelay().toMillis())
			.build();
	}

	@Bean
	EventAvailability eventAvailability(EventStore eventStore) {
		return new EventAvailability(eventStore);
	}

	/** The source of a processor that should not wait for its next poll. */
	@Bean
	NotifyingEventSource notifyingEventSource(EventAvailability availability) {
		return new NotifyingEventSource(availability);
	}

	/**
	 * Axon's auto-configuration makes this only when it makes the event store too: tells
	 * a duplicate key (a concurrent append) from other failures.
	 */
	@Bean
	PersistenceExceptionResolver persistenceExceptionResolver() {
		return new JdbcSQLErrorCodesResolver();
	}

	/** Axon's JDBC token store, with this instance's name as the owner of its claims. */
	@Bean
	TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, TokenStoreProperties properties,
			EventStoreSettings settings) {
		JdbcTokenStore.Builder builder = JdbcTokenStore.builder()
			.connectionProvider(connectionProvider)
			.schema(new TokenSchema())
			.serializer(serializer)
			.claimTimeout(properties.getClaimTimeout());
		if (!settings.nodeName().isBlank()) {
			builder.nodeId(settings.nodeName());
		}
		return builder.build();
	}

}
