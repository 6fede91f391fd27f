package org.partnershipledger.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExportedHistoryTest {

	@Test
	void anEventNamingNoPartnershipIsReadAsUnreadable() throws IOException {
		List<StoredEvent> events = ExportedHistory
			.read(json("{\"events\":[{\"eventId\":\"e-1\",\"sequenceNumber\":0,\"type\":\"PartnershipRegistered\"}]}"));

		assertThat(events).singleElement().satisfies((event) -> {
			assertThat(event.envelope()).isNull();
			assertThat(event.unreadable()).contains("names no partnership");
		});
		assertThat(ChainVerifier.verifyExport(events, null, null).discrepancies()).extracting(Discrepancy::kind)
			.containsExactly(DiscrepancyKind.UNREADABLE);
	}

	@Test
	void aCheckpointWithAHeadNamingNothingIsNoCheckpoint() {
		assertThatThrownBy(() -> ExportedHistory.readCheckpoint(json("{\"heads\":[{}]}")))
			.isInstanceOf(IOException.class);
		assertThatThrownBy(() -> ExportedHistory.readCheckpoint(json("null"))).isInstanceOf(IOException.class);
	}

	@Test
	void aHistoryReadOneEnvelopeAtATimeGivesWhatReadingTheWholeDocumentGave() throws IOException {
		List<StoredEvent> history = Histories.stored(Histories.chained("p-1", 3));
		String events = CanonicalJson.mapper().writeValueAsString(history.stream().map(StoredEvent::envelope).toList());
		String export = "{\"about\":{\"events\":[{\"eventId\":\"nested\"}]},\"events\":" + events
				+ ",\"after\":[1,{\"a\":null}]}";
		List<String> documents = List.of(export, "{\"events\":[{\"eventId\":\"first\"}],\"events\":" + events + "}",
				"{\"events\":[null,7,\"text\",[],{\"partnershipId\":\"p-1\",\"amount\":1250.50}]}", "{\"events\":[]}",
				"{\"events\":[]} trailing", "", "null", "[]", "[{\"events\":[]}]", "{}", "{\"events\":{}}",
				"{\"events\":[],\"events\":null}", "{\"events\":[{}]", "{\"events\":[{]}");

		for (String document : documents) {
			assertThat(readOrNull(document)).as(document).isEqualTo(readWhole(document));
		}
		assertThat(ExportedHistory.read(json(export))).isEqualTo(history);
		assertThat(ChainVerifier.verifyExport(ExportedHistory.read(json(export)), null, null).clean()).isTrue();
		assertThatThrownBy(() -> ExportedHistory.read(json("{\"events\":{}}"))).isInstanceOf(IOException.class)
			.hasMessageContaining("no top-level \"events\" array");
	}

	/**
	 * The events as read when the whole document was read as a tree first; {@code null}
	 * when it was refused.
	 */
	private static List<StoredEvent> readWhole(String document) {
		try {
			JsonNode root = CanonicalJson.mapper().readTree(document);
			JsonNode events = (root == null) ? null : root.get("events");
			if (events == null || !events.isArray()) {
				return null;
			}
			List<StoredEvent> stored = new ArrayList<>();
			events.forEach((event) -> stored.add(ExportedHistory.event(event)));
			return stored;
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static List<StoredEvent> readOrNull(String document) {
		try {
			return ExportedHistory.read(json(document));
		}
		catch (IOException ex) {
			return null;
		}
	}

	private static InputStream json(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
