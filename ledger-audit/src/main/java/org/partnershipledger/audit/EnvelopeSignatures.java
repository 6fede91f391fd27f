package org.partnershipledger.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.wire.EventEnvelope;

/**
 * The command side's signature on each published envelope: Ed25519 over the UTF-8 bytes
 * of the {@link CanonicalJson canonical JSON} of the envelope without its
 * {@code signature} field. Whoever reads the topic checks it with the ledger's public key
 * before trusting a record; without the private key (kept outside the database) nobody
 * can make a record that passes, however well-formed.
 */
public final class EnvelopeSignatures {

	/** The envelope field the signature travels in (base64). */
	public static final String FIELD = "signature";

	/**
	 * Reads a record as the ledger writes it: a field given twice is refused, since a
	 * reader that kept the other one would apply what was not signed.
	 */
	private static final ObjectReader STRICT = CanonicalJson.mapper()
		.reader()
		.with(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

	private EnvelopeSignatures() {
	}

	/** The envelope with its signature. */
	public static EventEnvelope sign(EventEnvelope envelope, PrivateKey key) {
		JsonNode unsigned = CanonicalJson.mapper().valueToTree(envelope.withSignature(null));
		return envelope
			.withSignature(Base64.getEncoder().encodeToString(Ed25519Signatures.sign(key, signedBytes(unsigned))));
	}

	/**
	 * What is wrong with the signature of an envelope as received (its JSON text), if
	 * anything: none, unreadable, or not made with the private half of {@code key}.
	 */
	public static Optional<String> problem(String json, PublicKey key) {
		JsonNode envelope;
		try {
			envelope = STRICT.readTree(json);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.of("The record is not JSON as the ledger writes it (" + shortly(ex)
					+ "), so it carries no signature the ledger made.");
		}
		return problem(envelope, key);
	}

	/** What is wrong with the signature of an envelope held in memory, if anything. */
	public static Optional<String> problem(EventEnvelope envelope, PublicKey key) {
		return problem(CanonicalJson.mapper().valueToTree(envelope), key);
	}

	private static Optional<String> problem(JsonNode envelope, PublicKey key) {
		JsonNode signature = (envelope != null && envelope.isObject()) ? envelope.get(FIELD) : null;
		if (signature == null || !signature.isTextual() || signature.asText().isBlank()) {
			return Optional.of("The envelope is not signed: the ledger signs every envelope it publishes, so this "
					+ "record was not written by the ledger.");
		}
		byte[] signed;
		try {
			signed = strictlySignedBytes(envelope);
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("The envelope holds what the ledger never writes (" + shortly(ex)
					+ "), so the ledger did not sign it.");
		}
		try {
			if (Ed25519Signatures.verifies(key, signed, Base64.getDecoder().decode(signature.asText()))) {
				return Optional.empty();
			}
		}
		catch (IllegalArgumentException ex) {
			return Optional.of("The envelope's signature cannot be read (" + ex.getMessage()
					+ "): this record was not written by the ledger.");
		}
		return Optional.of("The envelope's signature does not verify with the ledger's public key: the record was "
				+ "changed or forged.");
	}

	/**
	 * The signed bytes of an envelope as received, refusing text that is not Unicode (a
	 * lone surrogate, which only a JSON escape can make, and which the ledger never
	 * writes): in UTF-8 it would turn into the same {@code ?} as a genuine question mark,
	 * so a record with one in place of a {@code ?} would verify.
	 */
	private static byte[] strictlySignedBytes(JsonNode envelope) {
		ObjectNode unsigned = ((ObjectNode) envelope).deepCopy();
		unsigned.remove(FIELD);
		ByteBuffer encoded;
		try {
			encoded = StandardCharsets.UTF_8.newEncoder().encode(CharBuffer.wrap(CanonicalJson.of(unsigned)));
		}
		catch (CharacterCodingException ex) {
			throw new IllegalArgumentException("text that is not Unicode: a lone surrogate", ex);
		}
		byte[] bytes = new byte[encoded.remaining()];
		encoded.get(bytes);
		return bytes;
	}

	/** The first line of the exception's message, at most 200 characters. */
	private static String shortly(Exception ex) {
		String message = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
		return (message.length() > 200) ? message.substring(0, 200) + "..." : message;
	}

	/**
	 * The bytes signed: the canonical JSON of the envelope without its signature.
	 * @throws IllegalArgumentException if it holds a number with no canonical text (see
	 * {@link CanonicalJson#of})
	 */
	public static byte[] signedBytes(JsonNode envelope) {
		ObjectNode unsigned = ((ObjectNode) envelope).deepCopy();
		unsigned.remove(FIELD);
		return CanonicalJson.of(unsigned).getBytes(StandardCharsets.UTF_8);
	}

}
