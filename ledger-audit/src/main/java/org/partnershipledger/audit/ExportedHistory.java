package org.partnershipledger.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * A history exported as JSON: a top-level {@code events} array of envelopes, each with
 * its {@code chainHash}. Other top-level fields are ignored (and when {@code events}
 * comes twice, the last one counts, as when the whole document is read). Decimals are
 * read exactly, so the hashes come out as they were made.
 */
public final class ExportedHistory {

	private static final String NO_EVENTS = "The history has no top-level \"events\" array";

	private ExportedHistory() {
	}

	/**
	 * The events of an exported history, read one envelope at a time: only the events
	 * read so far are held, never the whole document as a tree.
	 * @throws IOException if it is not JSON with an {@code events} array of envelopes
	 */
	public static List<StoredEvent> read(InputStream json) throws IOException {
		try (JsonParser parser = CanonicalJson.mapper().createParser(json)) {
			JsonToken root = parser.nextToken();
			if (root != JsonToken.START_OBJECT) {
				parser.skipChildren();
				throw new IOException(NO_EVENTS);
			}
			List<StoredEvent> stored = null;
			while (parser.nextToken() == JsonToken.FIELD_NAME) {
				boolean events = "events".equals(parser.currentName());
				JsonToken value = parser.nextToken();
				if (events && value == JsonToken.START_ARRAY) {
					stored = new ArrayList<>();
					while (parser.nextToken() != JsonToken.END_ARRAY) {
						JsonNode envelope = CanonicalJson.mapper().readTree(parser);
						stored.add(event((envelope != null) ? envelope : NullNode.getInstance()));
					}
				}
				else {
					stored = events ? null : stored;
					parser.skipChildren();
				}
			}
			if (stored == null) {
				throw new IOException(NO_EVENTS);
			}
			return stored;
		}
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
