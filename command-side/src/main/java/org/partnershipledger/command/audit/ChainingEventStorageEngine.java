package org.partnershipledger.command.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.serialization.Serializer;

/**
 * Axon's JDBC event store that also links every appended event into its partnership's
 * hash chain, in the same transaction: either the events and their links are stored, or
 * neither.
 */
class ChainingEventStorageEngine extends JdbcEventStorageEngine {

	private final TransactionManager transactions;

	private final EventChain chain;

	ChainingEventStorageEngine(JdbcEventStorageEngine.Builder builder, TransactionManager transactions,
			EventChain chain) {
		super(builder);
		this.transactions = transactions;
		this.chain = chain;
	}

	@Override
	protected void appendEvents(List<? extends EventMessage<?>> events, Serializer serializer) {
		if (events.isEmpty()) {
			return;
		}
		this.transactions.executeInTransaction(() -> {
			super.appendEvents(events, serializer);
			firstSequences(events).forEach(this.chain::extend);
		});
	}

	/** The first appended sequence number of each partnership among the events. */
	private static Map<String, Long> firstSequences(List<? extends EventMessage<?>> events) {
		Map<String, Long> first = new TreeMap<>();
		for (EventMessage<?> event : events) {
			if (event instanceof DomainEventMessage<?> domainEvent) {
				first.merge(domainEvent.getAggregateIdentifier(), domainEvent.getSequenceNumber(), Math::min);
			}
		}
		return first;
	}

}
