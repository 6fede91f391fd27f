package org.partnershipledger.events.wire;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import org.partnershipledger.events.EventTypes;
import org.partnershipledger.events.PartnershipEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The AsyncAPI document integrators read is the one the records give: it lists every
 * event type, each schema names exactly the record's fields, and the checked-in file is
 * up to date (regenerate with {@code AsyncApiDocument.main}).
 */
class AsyncApiDocumentTest {

	private static final Path CHECKED_IN = Path.of("..", "docs", "asyncapi.json");

	static Class<?>[] eventTypes() {
		return PartnershipEvent.class.getPermittedSubclasses();
	}

	@Test
	void theCheckedInDocumentIsTheOneTheRecordsGive() throws IOException {
		assertThat(Files.readString(CHECKED_IN))
			.as("docs/asyncapi.json is stale: run AsyncApiDocument.main from the repository root")
			.isEqualTo(AsyncApiDocument.text());
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("eventTypes")
	void everyEventTypeIsAMessageWhoseSchemaHasExactlyTheRecordsFields(Class<?> type) throws IOException {
		JsonNode document = LedgerJson.mapper().readTree(Files.readString(CHECKED_IN));
		String name = EventTypes.nameOf(type);

		JsonNode message = document.at("/components/messages/" + name);
		assertThat(message.isMissingNode()).as("message %s", name).isFalse();
		assertThat(document.at("/channels/partnershipEvents/messages/" + name).isMissingNode()).isFalse();
		JsonNode specific = message.at("/payload/allOf/1/properties");
		assertThat(specific.at("/type/const").asText()).isEqualTo(name);
		// the current revision, after the earlier ones still on the topic when it has any
		JsonNode revision = specific.at("/revision");
		List<String> admitted = revision.has("const") ? List.of(revision.get("const").asText())
				: java.util.stream.StreamSupport.stream(revision.get("enum").spliterator(), false)
					.map(JsonNode::asText)
					.toList();
		assertThat(admitted).last().isEqualTo(EventTypes.revisionOf(type));
		assertThat(admitted).hasSize(EventMigrations.changesOf(name).size() + 1);
		JsonNode schema = document.at("/components/schemas/" + type.getSimpleName() + "/properties");
		assertThat(iterable(schema)).containsExactlyInAnyOrderElementsOf(
				Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
	}

	@Test
	void theEnvelopeSchemaNamesTheSignature() throws IOException {
		JsonNode document = LedgerJson.mapper().readTree(Files.readString(CHECKED_IN));

		assertThat(document.at("/components/schemas/EventEnvelope/properties/signature/type").asText())
			.isEqualTo("string");
		assertThat(document.at("/info/description").asText()).contains("Ed25519", "public-key");
	}

	private static Iterable<String> iterable(JsonNode object) {
		return object::fieldNames;
	}

}
