package org.partnershipledger.command.config;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.wire.EventMigrations;

/**
 * Brings a stored event of an older schema revision to its event class's current one, by
 * {@link EventMigrations} (the same steps the query side reads old envelopes with), so
 * that the aggregate replays a history written by an older ledger. It changes the event
 * as read, never the stored row: the hash chain and the relay keep reading the stored
 * JSON with its stored revision.
 */
public class SchemaMigrationUpcaster extends SingleEventUpcaster {

	@Override
	protected boolean canUpcast(IntermediateEventRepresentation event) {
		return wireName(event.getType())
			.filter((type) -> EventMigrations.isOutdated(type, event.getType().getRevision()))
			.isPresent() && event.canConvertDataTo(JsonNode.class);
	}

	@Override
	protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation event) {
		SerializedType stored = event.getType();
		String type = wireName(stored).orElseThrow();
		String current = EventTypes.revisionOf(EventTypes.classOf(type).orElseThrow());
		return event.upcastPayload(new SimpleSerializedType(stored.getName(), current), JsonNode.class,
				(payload) -> EventMigrations.toCurrent(type, stored.getRevision(), payload));
	}

	private static Optional<String> wireName(SerializedType type) {
		return EventTypes.nameOfClassName(type.getName());
	}

}
