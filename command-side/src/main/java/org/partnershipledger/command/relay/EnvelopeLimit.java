package org.partnershipledger.command.relay;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.JsonNode;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.springframework.stereotype.Component;

import org.partnershipledger.events.wire.EnvelopeMetaData;
import org.partnershipledger.events.wire.LedgerJson;

/**
 * Refuses an event whose published envelope would be larger than a Kafka record may be,
 * as the aggregate applies it: before it is appended, so the command fails with a problem
 * naming the largest field and nothing unpublishable enters the store (where it would
 * stop the relay for good). The envelope is measured as the relay writes it, with room
 * for its chain hash, signature, index and headers.
 */
@Component
class EnvelopeLimit implements MessageDispatchInterceptor<EventMessage<?>> {

	/** Room for the chain hash, signature, global index, record headers and overhead. */
	static final int MARGIN_BYTES = 2048;

	private final long limit;

	EnvelopeLimit(RelaySettings settings, EventStore eventStore) {
		this.limit = settings.maxRecordBytes() - MARGIN_BYTES;
		eventStore.registerDispatchInterceptor(this);
	}

	@Override
	public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(List<? extends EventMessage<?>> messages) {
		return (index, event) -> {
			check(event);
			return event;
		};
	}

	private void check(EventMessage<?> event) {
		JsonNode payload = LedgerJson.mapper().valueToTree(event.getPayload());
		JsonNode metaData = LedgerJson.mapper().valueToTree(event.getMetaData());
		long size = bytes(LedgerJson.write(payload)) + bytes(LedgerJson.write(metaData));
		if (size <= this.limit) {
			return;
		}
		Largest largest = new Largest();
		largest.walk("", payload);
		Object reference = event.getMetaData().get(EnvelopeMetaData.AUTHORITY_REFERENCE);
		if (reference != null) {
			largest.consider("authority.reference", bytes(reference.toString()));
		}
		throw new EnvelopeTooLargeException(event.getPayloadType().getSimpleName(), largest.path, largest.bytes,
				size + MARGIN_BYTES, this.limit + MARGIN_BYTES);
	}

	private static long bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** The largest text in a JSON tree, by path. */
	private static final class Largest {

		private String path = "payload";

		private long bytes;

		void walk(String at, JsonNode node) {
			if (node.isTextual()) {
				consider(at, bytes(node.asText()));
			}
			else if (node.isObject()) {
				for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
					Map.Entry<String, JsonNode> field = it.next();
					walk(at.isEmpty() ? field.getKey() : at + "." + field.getKey(), field.getValue());
				}
			}
			else if (node.isArray()) {
				for (int i = 0; i < node.size(); i++) {
					walk(at + "[" + i + "]", node.get(i));
				}
			}
		}

		void consider(String at, long size) {
			if (size > this.bytes) {
				this.bytes = size;
				this.path = at;
			}
		}

	}

}
