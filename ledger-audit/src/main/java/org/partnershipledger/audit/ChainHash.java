package org.partnershipledger.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The tamper-evidence hash of one event: SHA-256 over the canonical JSON of everything
 * the envelope says about the event (its identity, sequence, type, revision, payload,
 * actor, authority, ids and both timestamps) and the previous event's hash in the same
 * partnership. The global index is left out (it is the store's position, not the event's
 * content), and so is the hash itself. Changing, dropping or moving any event breaks the
 * hash of every event after it. Everyone hashes with this one function.
 */
public final class ChainHash {

	/** The previous hash of a partnership's first event. */
	public static final String GENESIS = "0".repeat(64);

	private ChainHash() {
	}

	/** The hash of an event given the hash of the event before it. */
	public static String of(EventEnvelope envelope, String previousHash) {
		return sha256(CanonicalJson.of(content(envelope, previousHash)));
	}

	/** What is hashed, as JSON: the envelope without index and hash, plus the link. */
	public static JsonNode content(EventEnvelope envelope, String previousHash) {
		ObjectNode node = CanonicalJson.mapper().createObjectNode();
		node.put("previousHash", previousHash);
		node.put("eventId", envelope.eventId());
		node.put("type", envelope.type());
		node.put("revision", envelope.revision());
		node.put("partnershipId", envelope.partnershipId());
		node.put("sequenceNumber", envelope.sequenceNumber());
		node.put("occurredAt", text(envelope.occurredAt()));
		node.put("recordedAt", text(envelope.recordedAt()));
		node.set("actor", CanonicalJson.mapper().valueToTree(envelope.actor()));
		node.set("authority", CanonicalJson.mapper().valueToTree(envelope.authority()));
		node.put("correlationId", envelope.correlationId());
		node.put("causationId", envelope.causationId());
		node.set("payload", envelope.payload());
		return node;
	}

	/** SHA-256 of the UTF-8 bytes of a text, as 64 lower-case hex digits. */
	public static String sha256(String text) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	private static String text(Instant instant) {
		return (instant == null) ? null : instant.toString();
	}

}
