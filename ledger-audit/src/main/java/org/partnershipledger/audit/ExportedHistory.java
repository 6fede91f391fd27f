package org.partnershipledger.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * A history exported as JSON: a top-level {@code events} array of envelopes, each with
 * its {@code chainHash}. Other top-level fields are ignored. Decimals are read exactly,
 * so the hashes come out as they were made.
 */
public final class ExportedHistory {

	private ExportedHistory() {
	}

	/**
	 * The events of an exported history.
	 * @throws IOException if it is not JSON with an {@code events} array of envelopes
	 */
	public static List<StoredEvent> read(InputStream json) throws IOException {
		JsonNode root = CanonicalJson.mapper().readTree(json);
		JsonNode events = (root == null) ? null : root.get("events");
		if (events == null || !events.isArray()) {
			throw new IOException("The history has no top-level \"events\" array");
		}
		List<StoredEvent> stored = new ArrayList<>();
		for (JsonNode event : events) {
			stored.add(event(event));
		}
		return stored;
	}

	/**
	 * One envelope of a history, as JSON read with decimals kept exact; unreadable when
	 * it is no envelope, names no partnership or holds a number with no canonical text.
	 */
	public static StoredEvent event(JsonNode envelope) {
		try {
			// a number without a canonical text could be neither hashed nor checked
			CanonicalJson.checkNumbers(envelope);
			EventEnvelope read = CanonicalJson.mapper().treeToValue(envelope, EventEnvelope.class);
			if (read == null || read.partnershipId() == null) {
				throw new IllegalArgumentException("it names no partnership");
			}
			return StoredEvent.of(read);
		}
		catch (IOException | IllegalArgumentException ex) {
			return new StoredEvent(envelope.path("partnershipId").asText("unknown"),
					envelope.path("sequenceNumber").asLong(-1), envelope.path("eventId").asText(null), null,
					"it is not an event envelope (" + ex.getMessage() + ")");
		}
	}

	/**
	 * A checkpoint file, as the ledger hands it out.
	 * @throws IOException if it is not a checkpoint
	 */
	public static Checkpoint readCheckpoint(InputStream json) throws IOException {
		Checkpoint checkpoint = CanonicalJson.mapper().readValue(json, Checkpoint.class);
		if (checkpoint == null) {
			throw new IOException("The file holds no checkpoint");
		}
		return checkpoint;
	}

}
