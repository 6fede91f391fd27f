package org.partnershipledger.audit;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.partnershipledger.events.wire.LedgerJson;

/**
 * One text for one JSON value, whoever wrote it: object keys sorted, fields whose value
 * is null left out, no whitespace, strings escaped as Jackson escapes them, and every
 * number as its plain decimal without trailing zeros. So an event turned into a tree in
 * memory and the same event read back from the bytes the store keeps give the same text,
 * and hash to the same value.
 */
public final class CanonicalJson {

	private static final ObjectMapper MAPPER = LedgerJson.configure(new ObjectMapper())
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

	private static final JsonFactory FACTORY = new JsonFactory();

	/** The most digits a plain number may have after (or zeros before) the point. */
	private static final int MAX_SCALE = 9999;

	private CanonicalJson() {
	}

	/**
	 * The mapper to read stored or exported JSON with: the ledger's settings, and
	 * decimals kept exact rather than read as doubles.
	 */
	public static ObjectMapper mapper() {
		return MAPPER;
	}

	/** Reads JSON text or bytes into a tree, keeping decimals exact. */
	public static JsonNode read(byte[] json) {
		try {
			return MAPPER.readTree(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The canonical text of a JSON value.
	 * @throws IllegalArgumentException if it holds a number that has no plain decimal of
	 * reasonable length
	 */
	public static String of(JsonNode node) {
		StringWriter text = new StringWriter();
		try (JsonGenerator generator = FACTORY.createGenerator(text)) {
			write(node, generator);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString();
	}

	/**
	 * The number's plain decimal without trailing zeros; refused when that would be more
	 * than {@value #MAX_SCALE} digits from the point (as {@code 1e999999999}, which the
	 * ledger's JSON writer cannot write plainly either, and whose plain text would take
	 * gigabytes).
	 */
	private static String plain(BigDecimal number) {
		BigDecimal stripped = number.stripTrailingZeros();
		if (Math.abs((long) stripped.scale()) > MAX_SCALE) {
			throw new IllegalArgumentException(
					"the number " + stripped + " is too large or too small to write as a " + "plain decimal");
		}
		return stripped.toPlainString();
	}

	/**
	 * Checks that every number in the value has a canonical text, as {@link #of} needs,
	 * without writing any.
	 * @throws IllegalArgumentException naming the first number that has none
	 */
	public static void checkNumbers(JsonNode node) {
		if (node.isNumber()) {
			plain(node.decimalValue());
		}
		else if (node.isContainerNode()) {
			for (JsonNode element : node) {
				checkNumbers(element);
			}
		}
	}

	private static void write(JsonNode node, JsonGenerator generator) throws IOException {
		if (node == null || node.isNull() || node.isMissingNode()) {
			generator.writeNull();
		}
		else if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				if (!field.getValue().isNull() && !field.getValue().isMissingNode()) {
					fields.add(field);
				}
			}
			fields.sort(Map.Entry.comparingByKey());
			generator.writeStartObject();
			for (Map.Entry<String, JsonNode> field : fields) {
				generator.writeFieldName(field.getKey());
				write(field.getValue(), generator);
			}
			generator.writeEndObject();
		}
		else if (node.isArray()) {
			generator.writeStartArray();
			for (JsonNode element : node) {
				write(element, generator);
			}
			generator.writeEndArray();
		}
		else if (node.isNumber()) {
			generator.writeNumber(plain(node.decimalValue()));
		}
		else if (node.isBoolean()) {
			generator.writeBoolean(node.booleanValue());
		}
		else {
			generator.writeString(node.asText());
		}
	}

}
