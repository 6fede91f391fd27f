package org.partnershipledger.audit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever an exported history holds, reading and verifying it answers with a report,
 * never an exception (bar "this is no history"), and a report says the history is intact
 * only if every event it holds reads as the ledger signed it: one event of a signed,
 * chained history is changed in a field (wrong types, strange numbers, deep nesting,
 * broken text), loses a field, or the whole text is cut short or random.
 */
class ExportedHistoryPropertiesTest {

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private static final List<EventEnvelope> HISTORY = history();

	private static final String EXPORT = "{\"events\":" + LedgerJson.write(HISTORY) + "}";

	@Example
	void theExportAsSignedIsIntact() throws IOException {
		List<StoredEvent> events = ExportedHistory
			.read(new ByteArrayInputStream(EXPORT.getBytes(StandardCharsets.UTF_8)));

		assertThat(ChainVerifier.verifyExport(events, null, InstanceKeys.encode(LEDGER.getPublic())).clean()).isTrue();
	}

	@Example
	void aLoneSurrogateInPlaceOfAQuestionMarkIsNoLongerIntact() throws IOException {
		int at = EXPORT.indexOf('?');
		String changed = EXPORT.substring(0, at) + "\\ud800" + EXPORT.substring(at + 1);
		List<StoredEvent> events = ExportedHistory
			.read(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)));

		assertThat(events.get(0).envelope().payload().get("note").asText()).isEqualTo("why\ud800 0");
		// the chain hash cannot tell (it is over UTF-8, where both are "?"); the
		// signature can
		assertThat(ChainVerifier.verifyExport(events, null, InstanceKeys.encode(LEDGER.getPublic())).discrepancies())
			.singleElement()
			.satisfies((discrepancy) -> assertThat(discrepancy.detail()).contains("lone surrogate"));
	}

	@Property(tries = 200)
	void anExportIsReportedOnAndIntactOnlyIfEveryEventIsAsSigned(@ForAll("exports") Export export) {
		List<StoredEvent> events;
		try {
			events = ExportedHistory.read(new ByteArrayInputStream(export.text().getBytes(StandardCharsets.UTF_8)));
		}
		catch (IOException ex) {
			return;
		}

		VerificationReport report = ChainVerifier.verifyExport(events, null, InstanceKeys.encode(LEDGER.getPublic()));

		// (without a checkpoint, a history cut short at either end is a history too)
		// (events at the start without a signature are as published before envelopes were
		// signed: checked by their chain hash only, so intact if otherwise unchanged)
		List<String> genuine = HISTORY.stream().map(ExportedHistoryPropertiesTest::canonical).toList();
		List<String> unsigned = HISTORY.stream().map((envelope) -> canonical(envelope.withSignature(null))).toList();
		boolean asSigned = true;
		boolean signedBefore = false;
		for (StoredEvent event : events) {
			EventEnvelope envelope = event.envelope();
			boolean unsignedStart = envelope != null && !signedBefore && envelope.signature() == null
					&& unsigned.contains(canonical(envelope));
			if (envelope == null || !(genuine.contains(canonical(envelope)) || unsignedStart)) {
				asSigned = false;
				break;
			}
			signedBefore |= envelope.signature() != null;
		}
		if (!asSigned) {
			assertThat(report.clean()).as(export.toString()).isFalse();
		}
	}

	@Provide
	Arbitrary<Export> exports() {
		Arbitrary<Export> changed = Combinators
			.combine(Arbitraries.integers().between(0, HISTORY.size() - 1), Arbitraries.of(paths()), value(2))
			.as((index, path, value) -> {
				ArrayNode events = events();
				set((ObjectNode) events.get(index), path, value);
				return new Export("event " + index + " " + path + " = " + value, wrap(events));
			});
		Arbitrary<Export> removed = Combinators
			.combine(Arbitraries.integers().between(0, HISTORY.size() - 1), Arbitraries.of(paths()))
			.as((index, path) -> {
				ArrayNode events = events();
				ObjectNode event = (ObjectNode) events.get(index);
				(path.startsWith("payload.") ? (ObjectNode) event.get("payload") : event)
					.remove(path.substring(path.indexOf('.') + 1));
				return new Export("event " + index + " without " + path, wrap(events));
			});
		Arbitrary<Export> cut = Arbitraries.integers()
			.between(0, EXPORT.length() - 1)
			.map((end) -> new Export("cut at " + end, EXPORT.substring(0, end)));
		Arbitrary<Export> questioned = Arbitraries.of("\\ud800", "\\udfff", "?", "\\u003f", "\\ufffd")
			.map((replacement) -> {
				int at = EXPORT.indexOf('?');
				return new Export("a question mark is " + replacement,
						EXPORT.substring(0, at) + replacement + EXPORT.substring(at + 1));
			});
		Arbitrary<Export> random = Arbitraries.strings()
			.ofMaxLength(100)
			.map((text) -> new Export("random", "{\"events\":[" + text + "]}"));
		return Arbitraries.frequencyOf(Tuple.of(6, changed), Tuple.of(2, removed), Tuple.of(1, cut),
				Tuple.of(1, questioned), Tuple.of(1, random));
	}

	private static Arbitrary<JsonNode> value(int depth) {
		Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(20).map(LedgerJson::write),
				Arbitraries.of("0", "-1", "1.0", "1250.5", "1250.500", "1e0", "9223372036854775808", "1E+400",
						"1e999999999", "1e-999999999", "true", "null", "\"\"", "\"p-1\"", "\"PaymentMade\"",
						"\"2026-13-01T00:00:00Z\"", "\"\\ud800\"", "\"" + "y".repeat(10_000) + "\""),
				Arbitraries.longs().map(String::valueOf));
		Arbitrary<String> text = scalar;
		if (depth > 0) {
			Arbitrary<String> inner = value(depth - 1).map(JsonNode::toString);
			text = Arbitraries.frequencyOf(Tuple.of(6, scalar),
					Tuple.of(2, inner.list().ofMaxSize(3).map((items) -> "[" + String.join(",", items) + "]")),
					Tuple.of(1, inner.map((item) -> "{\"x\":" + item + "}")),
					Tuple.of(1,
							Arbitraries.integers()
								.between(1, 900)
								.map((levels) -> "[".repeat(levels) + "]".repeat(levels))));
		}
		return text.map((json) -> CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8)));
	}

	private record Export(String what, String text) {

		@Override
		public String toString() {
			return (this.what.length() > 200) ? this.what.substring(0, 200) + "..." : this.what;
		}

	}

	private static ArrayNode events() {
		return (ArrayNode) CanonicalJson.read(EXPORT.getBytes(StandardCharsets.UTF_8)).get("events");
	}

	private static String wrap(ArrayNode events) {
		ObjectNode root = CanonicalJson.mapper().createObjectNode();
		root.set("events", events);
		return root.toString();
	}

	private static List<String> paths() {
		ObjectNode event = (ObjectNode) events().get(0);
		List<String> paths = new ArrayList<>();
		for (Iterator<String> names = event.fieldNames(); names.hasNext();) {
			paths.add(names.next());
		}
		for (Iterator<String> names = event.get("payload").fieldNames(); names.hasNext();) {
			paths.add("payload." + names.next());
		}
		return Stream.concat(paths.stream(), Stream.of("x")).toList();
	}

	private static void set(ObjectNode event, String path, JsonNode value) {
		if (path.startsWith("payload.") && event.get("payload") instanceof ObjectNode payload) {
			payload.set(path.substring("payload.".length()), value);
		}
		else if (!path.startsWith("payload.")) {
			event.set(path, value);
		}
	}

	/** The envelope's canonical text; {@code null} if it has none. */
	private static String canonical(EventEnvelope envelope) {
		try {
			return CanonicalJson.of(CanonicalJson.mapper().valueToTree(envelope));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** A signed, chained history of three events, each with a question in its note. */
	private static List<EventEnvelope> history() {
		List<EventEnvelope> history = new ArrayList<>();
		String previous = ChainHash.GENESIS;
		for (int sequence = 0; sequence < 3; sequence++) {
			EventEnvelope envelope = Histories.envelope("p-1", sequence, "why? " + sequence);
			String hash = ChainHash.of(envelope, previous);
			history.add(EnvelopeSignatures.sign(envelope.withChainHash(hash), LEDGER.getPrivate()));
			previous = hash;
		}
		return history;
	}

}
