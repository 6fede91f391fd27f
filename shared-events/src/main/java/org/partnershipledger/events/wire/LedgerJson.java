package org.partnershipledger.events.wire;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The one JSON configuration for events and envelopes: ISO dates, unknown fields ignored.
 */
public final class LedgerJson {

	private static final ObjectMapper MAPPER = configure(new ObjectMapper());

	private LedgerJson() {
	}

	/**
	 * Applies the ledger's JSON settings to a mapper (for example Spring's). Decimals in
	 * trees are read exactly, never as doubles, so a payload read and written again keeps
	 * every digit its chain hash was made from; they are written as plain decimals
	 * ({@code 4200000}, never {@code 4.2E+6}), which every reader of the topic
	 * understands. Either form is read.
	 */
	public static ObjectMapper configure(ObjectMapper mapper) {
		mapper.getFactory().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN.mappedFeature());
		// an event's payload keeps its numbers as written (4500000 stays 4500000, not
		// 4.5E+6)
		mapper.configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
		return mapper.registerModule(new JavaTimeModule())
			.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
			.disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
			.disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
			.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
	}

	public static ObjectMapper mapper() {
		return MAPPER;
	}

	public static String write(Object value) {
		try {
			return MAPPER.writeValueAsString(value);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static <T> T read(String json, Class<T> type) {
		try {
			return MAPPER.readValue(json, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static <T> T read(JsonNode json, Class<T> type) {
		try {
			return MAPPER.treeToValue(json, type);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
