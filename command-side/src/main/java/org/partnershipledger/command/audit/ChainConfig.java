package org.partnershipledger.command.audit;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionTemplate;

import org.partnershipledger.command.config.EventStoreSettings;

/**
 * The event store that chains what it appends. It replaces the engine Axon's
 * {@code JdbcAutoConfiguration} would build, with the same settings: serializers,
 * upcasters, snapshot filter, persistence exception resolver, connection provider,
 * transaction manager and the default schema; the gap timeout and cleaning threshold come
 * from {@link EventStoreSettings}.
 */
@Configuration(proxyBeanMethods = false)
class ChainConfig {

	@Bean
	EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
			PersistenceExceptionResolver persistenceExceptionResolver,
			@Qualifier("eventSerializer") Serializer eventSerializer,
			org.axonframework.config.Configuration configuration, ConnectionProvider connectionProvider,
			TransactionManager transactionManager, EventChain chain, EventStoreSettings settings) {
		JdbcEventStorageEngine.Builder builder = JdbcEventStorageEngine.builder()
			.snapshotSerializer(defaultSerializer)
			.upcasterChain(configuration.upcasterChain())
			.persistenceExceptionResolver(persistenceExceptionResolver)
			.eventSerializer(eventSerializer)
			.snapshotFilter(configuration.snapshotFilter())
			.connectionProvider(connectionProvider)
			.transactionManager(transactionManager)
			.schema(new EventSchema())
			.gapTimeout(Math.toIntExact(settings.gapTimeout().toMillis()))
			.gapCleaningThreshold(settings.gapCleaningThreshold());
		return new ChainingEventStorageEngine(builder, transactionManager, chain);
	}

	/**
	 * Links events stored before the chain existed, once at start-up, so an upgraded
	 * store is chained from its first event.
	 */
	@Bean
	ApplicationRunner chainEarlierEvents(EventChain chain, TransactionTemplate transactions) {
		return (arguments) -> chain.unchainedPartnerships()
			.forEach((partnershipId) -> transactions.executeWithoutResult((status) -> chain.extend(partnershipId, 0)));
	}

}
