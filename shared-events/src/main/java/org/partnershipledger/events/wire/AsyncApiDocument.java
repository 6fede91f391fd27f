package org.partnershipledger.events.wire;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;

/**
 * The AsyncAPI 3 document of the partnership events topic, generated from the event
 * records themselves: one message per event type, each the envelope with that type's
 * payload, and a JSON Schema per record. It is checked in as {@code docs/asyncapi.json}
 * for integrators, and a test fails when it no longer matches the records ({@code main}
 * writes it again).
 */
public final class AsyncApiDocument {

	private static final JsonNodeFactory JSON = JsonNodeFactory.withExactBigDecimals(true);

	private AsyncApiDocument() {
	}

	/** The document. */
	public static ObjectNode generate() {
		ObjectNode schemas = JSON.objectNode();
		ObjectNode messages = JSON.objectNode();
		ObjectNode channelMessages = JSON.objectNode();
		ArrayNode operationMessages = JSON.arrayNode();
		schemas.set("EventEnvelope", schemaOf(EventEnvelope.class, schemas));
		Arrays.stream(PartnershipEvent.class.getPermittedSubclasses())
			.sorted(Comparator.comparing(EventTypes::nameOf))
			.forEach((type) -> {
				String name = EventTypes.nameOf(type);
				schemas.set(type.getSimpleName(), schemaOf(type, schemas));
				ObjectNode payload = JSON.objectNode();
				ArrayNode allOf = payload.putArray("allOf");
				allOf.addObject().put("$ref", "#/components/schemas/EventEnvelope");
				ObjectNode specific = allOf.addObject();
				specific.put("type", "object");
				ObjectNode properties = specific.putObject("properties");
				properties.putObject("type").put("const", name);
				List<String> changes = EventMigrations.changesOf(name);
				if (changes.isEmpty()) {
					properties.putObject("revision").put("const", EventTypes.revisionOf(type));
				}
				else {
					ArrayNode revisions = properties.putObject("revision").putArray("enum");
					IntStream.rangeClosed(1, Integer.parseInt(EventTypes.revisionOf(type)))
						.forEach((revision) -> revisions.add(Integer.toString(revision)));
				}
				properties.putObject("payload").put("$ref", "#/components/schemas/" + type.getSimpleName());
				ObjectNode message = messages.putObject(name);
				message.put("name", name);
				message.put("title", name + " (revision " + EventTypes.revisionOf(type) + ")");
				if (!changes.isEmpty()) {
					message.put("description", "The payload schema is the current revision's. A record keeps the "
							+ "revision it was stored with, so earlier ones stay on the topic; migrate them step by "
							+ "step: " + String.join("; ", changes) + ".");
				}
				message.put("contentType", "application/json");
				message.set("headers", headers());
				message.set("payload", payload);
				channelMessages.putObject(name).put("$ref", "#/components/messages/" + name);
				operationMessages.addObject().put("$ref", "#/channels/partnershipEvents/messages/" + name);
			});
		ObjectNode document = JSON.objectNode();
		document.put("asyncapi", "3.0.0");
		ObjectNode info = document.putObject("info");
		info.put("title", "Partnership Ledger events");
		info.put("version", "1");
		info.put("description", "Every event the ledger stores, published on " + Topics.PARTNERSHIP_EVENTS
				+ " keyed by partnership id (order per partnership holds), unlimited retention. Each value is an "
				+ "envelope signed by the ledger: check `signature` (Ed25519, base64) over the canonical JSON of the "
				+ "envelope without `signature` (keys sorted, null fields left out, no whitespace, numbers as plain "
				+ "decimals without trailing zeros) with the ledger's public key (GET /api/v1/checkpoints/public-key, "
				+ "base64 X.509) before trusting a record. Money is written as plain decimals. Apply a record only "
				+ "if its sequenceNumber is the next for its partnership.");
		ObjectNode channel = document.putObject("channels").putObject("partnershipEvents");
		channel.put("address", Topics.PARTNERSHIP_EVENTS);
		channel.set("messages", channelMessages);
		ObjectNode operation = document.putObject("operations").putObject("receivePartnershipEvents");
		operation.put("action", "receive");
		operation.putObject("channel").put("$ref", "#/channels/partnershipEvents");
		operation.set("messages", operationMessages);
		ObjectNode components = document.putObject("components");
		components.set("messages", messages);
		components.set("schemas", schemas);
		return document;
	}

	/** The document as the checked-in file holds it. */
	public static String text() {
		try {
			return LedgerJson.mapper().writer(SerializationFeature.INDENT_OUTPUT).writeValueAsString(generate()) + "\n";
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Writes the document to the path given (default {@code docs/asyncapi.json}). */
	public static void main(String[] arguments) throws IOException {
		Path file = Path.of((arguments.length > 0) ? arguments[0] : "docs/asyncapi.json");
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.writeString(file, text());
	}

	private static ObjectNode headers() {
		ObjectNode headers = JSON.objectNode();
		headers.put("type", "object");
		ObjectNode properties = headers.putObject("properties");
		for (String header : new String[] { Topics.HEADER_EVENT_ID, Topics.HEADER_TYPE, Topics.HEADER_REVISION,
				Topics.HEADER_PARTNERSHIP_ID, Topics.HEADER_SEQUENCE_NUMBER }) {
			properties.putObject(header).put("type", "string");
		}
		return headers;
	}

	/** The JSON Schema of a record, its nested records added to {@code schemas}. */
	static ObjectNode schemaOf(Class<?> record, ObjectNode schemas) {
		ObjectNode schema = JSON.objectNode();
		schema.put("type", "object");
		ObjectNode properties = schema.putObject("properties");
		for (RecordComponent component : record.getRecordComponents()) {
			properties.set(component.getName(), typeOf(component.getGenericType(), schemas));
		}
		return schema;
	}

	private static JsonNode typeOf(Type type, ObjectNode schemas) {
		ObjectNode schema = JSON.objectNode();
		if (type instanceof ParameterizedType parameterized) {
			Class<?> raw = (Class<?>) parameterized.getRawType();
			Type[] arguments = parameterized.getActualTypeArguments();
			if (Collection.class.isAssignableFrom(raw)) {
				schema.put("type", "array");
				schema.set("items", typeOf(arguments[0], schemas));
			}
			else if (Map.class.isAssignableFrom(raw)) {
				schema.put("type", "object");
				schema.set("additionalProperties", typeOf(arguments[1], schemas));
			}
			return schema;
		}
		Class<?> raw = (Class<?>) type;
		if (raw == String.class || raw == char.class) {
			schema.put("type", "string");
		}
		else if (raw == BigDecimal.class || raw == double.class || raw == Double.class || raw == float.class) {
			schema.put("type", "number");
		}
		else if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class
				|| raw == short.class || raw == BigInteger.class) {
			schema.put("type", "integer");
		}
		else if (raw == boolean.class || raw == Boolean.class) {
			schema.put("type", "boolean");
		}
		else if (raw == Instant.class || raw == OffsetDateTime.class) {
			schema.put("type", "string").put("format", "date-time");
		}
		else if (raw == LocalDate.class) {
			schema.put("type", "string").put("format", "date");
		}
		else if (raw.isEnum()) {
			schema.put("type", "string");
			ArrayNode values = schema.putArray("enum");
			Arrays.stream(raw.getEnumConstants()).forEach((value) -> values.add(((Enum<?>) value).name()));
		}
		else if (raw.isRecord()) {
			if (!schemas.has(raw.getSimpleName())) {
				schemas.putObject(raw.getSimpleName());
				schemas.set(raw.getSimpleName(), schemaOf(raw, schemas));
			}
			schema.put("$ref", "#/components/schemas/" + raw.getSimpleName());
		}
		else if (JsonNode.class.isAssignableFrom(raw)) {
			schema.put("description", "The event's payload: see the message's payload schema");
		}
		else {
			schema.put("description", "Any JSON (" + raw.getSimpleName() + ")");
		}
		return schema;
	}

}
