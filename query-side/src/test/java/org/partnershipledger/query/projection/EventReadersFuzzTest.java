package org.partnershipledger.query.projection;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;

import org.partnershipledger.audit.CanonicalJson;
import org.partnershipledger.audit.EnvelopeSignatures;
import org.partnershipledger.audit.ExportedHistory;
import org.partnershipledger.audit.InstanceKeys;
import org.partnershipledger.audit.StoredEvent;
import org.partnershipledger.events.framework.PaymentMechanism;
import org.partnershipledger.events.framework.PartnershipModel;
import org.partnershipledger.events.model.PartyRole;
import org.partnershipledger.events.relational.AdaptationCategory;
import org.partnershipledger.events.relational.AdaptationFormality;
import org.partnershipledger.events.relational.FindingSeverity;
import org.partnershipledger.events.relational.PaymentKind;
import org.partnershipledger.events.wire.EventEnvelope;
import org.partnershipledger.events.wire.LedgerJson;
import org.partnershipledger.events.wire.Topics;
import org.partnershipledger.query.TestEvents;
import org.partnershipledger.query.partnership.OverviewState;
import org.partnershipledger.query.timeline.EventSummaries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

/**
 * Whatever arrives on the topic, the listener and the readers after it stay in control:
 * random text, genuine signed envelopes truncated, mutated in a field or a character,
 * given a second key, a forged signature, strange numbers, deep nesting or broken text,
 * and odd headers. A record the ledger did not sign exactly as it reads is refused
 * (parked with a reason) and never applied; one the ledger did sign, however strange its
 * content, is applied or fails with a reason the error handler parks it with; nothing
 * escapes as an {@link Error} or a bare {@link NullPointerException}. The readers of
 * stored and exported envelopes (the event log's, the timeline's, an exported history's)
 * answer every input with an event or a reason. Unit level: the listener with its
 * projection stood in, no Kafka.
 */
class EventReadersFuzzTest {

	private static final KeyPair LEDGER = InstanceKeys.generate();

	private static final KeyPair OTHER = InstanceKeys.generate();

	private static final List<EventEnvelope> GENUINE = genuineEnvelopes();

	/**
	 * Exceptions that name what is wrong, which the error handler parks the record with.
	 */
	private static final List<Class<? extends RuntimeException>> REASONED = List.of(UncheckedIOException.class,
			IllegalArgumentException.class);

	@Property(tries = 300)
	void aRecordTheLedgerDidNotSignAsItReadsIsRefusedNeverApplied(@ForAll("unsigned") Candidate candidate) {
		Outcome outcome = listen(candidate.key(), candidate.value(), candidate.sequenceHeader());

		assertThat(outcome.thrown()).as(candidate.toString()).isNull();
		if (outcome.applied() != null) {
			assertThat(outcome.refused()).isNull();
			assertThat(canonical(outcome.applied())).as("applied " + candidate)
				.isEqualTo(canonical(candidate.genuine()));
		}
		else {
			assertThat(outcome.refused()).as(candidate.toString()).isNotBlank();
		}
	}

	@Property(tries = 200)
	void aRecordTheLedgerSignedIsAppliedOrFailsWithAReason(@ForAll("resigned") Candidate candidate) {
		Outcome outcome = listen(candidate.key(), candidate.value(), candidate.sequenceHeader());

		assertThat(outcome.refused()).as(candidate.toString()).isNull();
		if (outcome.thrown() != null) {
			assertThat(outcome.thrown()).as(candidate.toString()).isInstanceOfAny(REASONED.toArray(Class[]::new));
			assertThat(outcome.thrown().getMessage()).isNotBlank();
			return;
		}
		EventEnvelope applied = outcome.applied();
		// the event in it, as every reader of the envelope gets it: or why there is none
		AtomicReference<Object> event = new AtomicReference<>();
		Throwable unread = failure(() -> event.set(applied.event()));
		if (unread != null) {
			assertThat(unread).as(candidate.toString()).isInstanceOfAny(REASONED.toArray(Class[]::new));
		}
		else {
			assertThat(event.get()).as(candidate.toString()).isNotNull();
		}
		// what the projection does with it (fold it; the event log's readers summarise
		// it):
		// a failure there is retried, then parked with its class and message by the
		// listener's error handler, so it must be an exception, never an Error that
		// stops the listener
		assertThat(failure(() -> OverviewState.empty().apply(applied))).as(candidate.toString())
			.satisfiesAnyOf((thrown) -> assertThat(thrown).isNull(),
					(thrown) -> assertThat(thrown).isInstanceOf(RuntimeException.class));
		assertThat(failure(() -> EventSummaries.summarise(applied))).as(candidate.toString())
			.satisfiesAnyOf((thrown) -> assertThat(thrown).isNull(),
					(thrown) -> assertThat(thrown).isInstanceOf(RuntimeException.class));
	}

	@Property(tries = 200)
	void anExportedEnvelopeIsReadOrSaidToBeUnreadable(@ForAll("resigned") Candidate candidate) {
		JsonNode tree;
		try {
			tree = CanonicalJson.read(candidate.value().getBytes(StandardCharsets.UTF_8));
		}
		catch (UncheckedIOException ex) {
			return;
		}
		AtomicReference<StoredEvent> read = new AtomicReference<>();
		Throwable failure = failure(() -> read.set(ExportedHistory.event(tree)));

		assertThat(failure).as(candidate.toString()).isNull();
		assertThat(read.get().envelope() != null || read.get().unreadable() != null).isTrue();
	}

	/** Records the ledger did not sign as they read (or at all). */
	@Provide
	Arbitrary<Candidate> unsigned() {
		Arbitrary<EventEnvelope> genuine = Arbitraries.of(GENUINE);
		Arbitrary<Candidate> anyText = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(300), Arbitraries.of(NASTY))
			.map((text) -> new Candidate("any text", "p", text, null, null));
		Arbitrary<Candidate> truncated = genuine.flatMap((envelope) -> Arbitraries.integers()
			.between(0, signed(envelope).length() - 1)
			.map((end) -> candidate("truncated at " + end, envelope, signed(envelope).substring(0, end))));
		Arbitrary<Candidate> flipped = genuine.flatMap((envelope) -> Combinators
			.combine(Arbitraries.integers().between(0, signed(envelope).length() - 1), Arbitraries.chars())
			.as((at, c) -> {
				String text = signed(envelope);
				return candidate("char " + at + " is " + (int) c, envelope,
						text.substring(0, at) + c + text.substring(at + 1));
			}));
		Arbitrary<Candidate> changedField = genuine
			.flatMap((envelope) -> Combinators.combine(Arbitraries.of(paths(tree(envelope))), jsonValue(3, ALL_NUMBERS))
				.as((path, value) -> {
					ObjectNode tree = (ObjectNode) CanonicalJson
						.read(signed(envelope).getBytes(StandardCharsets.UTF_8));
					set(tree, path, value);
					return candidate(path + " = " + abbreviated(value), envelope, write(tree));
				}));
		Arbitrary<Candidate> removedField = genuine
			.flatMap((envelope) -> Arbitraries.of(paths(tree(envelope))).map((path) -> {
				ObjectNode tree = (ObjectNode) CanonicalJson.read(signed(envelope).getBytes(StandardCharsets.UTF_8));
				remove(tree, path);
				return candidate("without " + path, envelope, write(tree));
			}));
		Arbitrary<Candidate> duplicated = genuine.flatMap((envelope) -> Combinators
			.combine(Arbitraries.of(paths(tree(envelope))), jsonValue(1, ALL_NUMBERS), Arbitraries.of(true, false))
			.as((path, value, first) -> {
				String field = path.substring(path.lastIndexOf('.') + 1);
				String text = signed(envelope);
				String extra = LedgerJson.write(field) + ":" + value;
				String twice = first ? "{" + extra + "," + text.substring(1)
						: text.substring(0, text.length() - 1) + "," + extra + "}";
				return candidate("duplicate " + field + " = " + abbreviated(value) + (first ? " first" : " last"),
						envelope, twice);
			}));
		Arbitrary<Candidate> otherKey = changedOrSame(genuine, OTHER.getPrivate(), "signed with another key");
		Arbitrary<Candidate> badSignature = genuine.flatMap((envelope) -> jsonValue(1).map((signature) -> {
			ObjectNode tree = tree(envelope);
			tree.set(EnvelopeSignatures.FIELD, signature);
			return candidate("signature " + abbreviated(signature), envelope, write(tree));
		}));
		Arbitrary<Candidate> unicode = genuine.flatMap((envelope) -> Arbitraries
			.of("\\ud800", "\\udc00", "\\u0000", "?", "\\ufffd", "\\ud83d\\ude00", "\\u00e9", "e\\u0301")
			.map((replacement) -> {
				String text = signed(envelope);
				// a question mark, which a lone surrogate turns into in UTF-8
				int at = text.indexOf('?');
				if (at < 0) {
					at = text.indexOf("\"eventId\":\"") + 11;
				}
				return candidate("a character of text is " + replacement, envelope,
						text.substring(0, at) + replacement + text.substring(at + 1));
			}));
		Arbitrary<Candidate> numbers = genuine.flatMap((envelope) -> Arbitraries.of(ALL_NUMBERS).map((number) -> {
			String text = signed(envelope);
			String field = "\"sequenceNumber\":" + envelope.sequenceNumber();
			return candidate("sequenceNumber " + number, envelope, text.replace(field, "\"sequenceNumber\":" + number));
		}));
		Arbitrary<Candidate> withHeaders = Combinators
			.combine(genuine, Arbitraries.of("7", "x", "", " 1 ", "99999999999999999999", null, "\u0000"),
					Arbitraries.of(true, false))
			.as((envelope, header, forged) -> new Candidate("sequence header " + header, envelope.partnershipId(),
					forged ? signed(envelope).replace("\"sequenceNumber\":", "\"sequenceNumber\":1") : signed(envelope),
					forged ? null : envelope, (header == null) ? NO_VALUE : header));
		return Arbitraries.frequencyOf(Tuple.of(2, anyText), Tuple.of(2, truncated), Tuple.of(3, flipped),
				Tuple.of(4, changedField), Tuple.of(1, removedField), Tuple.of(3, duplicated), Tuple.of(1, otherKey),
				Tuple.of(1, badSignature), Tuple.of(1, unicode), Tuple.of(1, numbers), Tuple.of(1, withHeaders));
	}

	/** Genuine envelopes changed, then signed by the ledger's own key. */
	@Provide
	Arbitrary<Candidate> resigned() {
		return changedOrSame(Arbitraries.of(GENUINE), LEDGER.getPrivate(), "signed by the ledger");
	}

	private static Arbitrary<Candidate> changedOrSame(Arbitrary<EventEnvelope> genuine, PrivateKey key,
			String signedBy) {
		return genuine.flatMap((envelope) -> Combinators
			.combine(Arbitraries.of(paths(tree(envelope))), jsonValue(3), Arbitraries.integers().between(0, 9))
			.as((path, value, how) -> {
				ObjectNode tree = tree(envelope);
				tree.remove(EnvelopeSignatures.FIELD);
				String what;
				if (how == 0) {
					what = "unchanged";
				}
				else if (how == 1) {
					remove(tree, path);
					what = "without " + path;
				}
				else {
					set(tree, path, value);
					what = path + " = " + abbreviated(value);
				}
				JsonNode signedTree = sign(tree, key);
				return new Candidate(what + ", " + signedBy, envelope.partnershipId(), onTheWire(signedTree),
						(how == 0) ? envelope : null, null);
			}));
	}

	/**
	 * Any JSON value, nested up to the depth, with the numbers and text that break
	 * readers.
	 */
	private static Arbitrary<JsonNode> jsonValue(int depth) {
		return jsonValue(depth, NUMBERS);
	}

	private static Arbitrary<JsonNode> jsonValue(int depth, List<String> numbers) {
		Arbitrary<String> scalar = Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(30).map(LedgerJson::write),
				Arbitraries.of(numbers),
				Arbitraries.of("true", "false", "null", "\"\"", "\"2025-13-45\"", "\"2025-04-01T09:30:00Z\"",
						"\"PartnershipRegistered\"", "\"AdaptationRejected\"", "\"1\"",
						"\"" + "y".repeat(20_000) + "\"", "\"\\ud800\"", "\"LEAD_PROVIDER\"", "\"NOT_A_VALUE\""),
				Arbitraries.integers().map(String::valueOf), Arbitraries.longs().map(String::valueOf));
		Arbitrary<String> text = scalar;
		if (depth > 0) {
			Arbitrary<String> inner = jsonValue(depth - 1, numbers).map(JsonNode::toString);
			Arbitrary<String> list = inner.list().ofMaxSize(3).map((items) -> "[" + String.join(",", items) + "]");
			Arbitrary<String> object = Combinators
				.combine(Arbitraries.of("partnershipId", "type", "title", "sequenceNumber", "x", "amount", ""), inner)
				.as((name, value) -> "{" + LedgerJson.write(name) + ":" + value + "}");
			Arbitrary<String> deep = Arbitraries.integers()
				.between(1, 900)
				.map((levels) -> "[".repeat(levels) + "]".repeat(levels));
			text = Arbitraries.frequencyOf(Tuple.of(6, scalar), Tuple.of(2, list), Tuple.of(2, object),
					Tuple.of(1, deep));
		}
		return text.map((json) -> CanonicalJson.read(json.getBytes(StandardCharsets.UTF_8)));
	}

	private static final List<String> NUMBERS = List.of("0", "-1", "1.0", "1e0", "10E-1", "1.5", "-0",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "1e308", "1e309", "1E+400",
			"0.000000000000000000000000000001", "123456789012345678901234567890.123456789");

	/**
	 * Numbers whose plain decimal has a billion digits: no JSON writer of the ledger
	 * makes one.
	 */
	private static final List<String> HUGE_NUMBERS = List.of("1e999999999", "1e-999999999", "-1E+999999999",
			"1e2147483647");

	private static final List<String> ALL_NUMBERS = java.util.stream.Stream
		.concat(NUMBERS.stream(), HUGE_NUMBERS.stream())
		.toList();

	private static final List<String> NASTY = List.of("", " ", "null", "true", "0", "[]", "{}", "\"text\"", "{", "}",
			"{\"signature\":\"AAAA\"}", "{\"signature\":null}", "{\"signature\":1}", "{\"signature\":\"%%%\"}",
			"{\"signature\":\"AAAA\",\"n\":1e999999999}", "{\"signature\":\"AAAA\",\"n\":1e-999999999}",
			"{\"signature\":\"AAAA\",\"n\":[" + "1,".repeat(1000) + "1]}", "[".repeat(5000), "{\"a\":".repeat(3000),
			"[".repeat(999) + "]".repeat(999), "\u0000", "\ud800", "{\"a\":\"\\ud800\"}",
			"{\"signature\":\"AAAA\",\"a\":\"\\ud800\"}", "\ufeff{}", "{\"a\":1,\"a\":2}");

	/** A header value that is there but null, as Kafka allows. */
	private static final String NO_VALUE = "\u0000no value";

	private record Candidate(String what, String key, String value, EventEnvelope genuine, String sequenceHeader) {

		@Override
		public String toString() {
			return this.what + ": " + abbreviated(this.value);
		}

	}

	private static Candidate candidate(String what, EventEnvelope genuine, String value) {
		return new Candidate(what, genuine.partnershipId(), value, genuine, null);
	}

	private record Outcome(EventEnvelope applied, String refused, Throwable thrown) {
	}

	/** The listener on one record, with the projection stood in. */
	private static Outcome listen(String key, String value, String sequenceHeader) {
		OverviewProjection projection = mock(OverviewProjection.class);
		AtomicReference<EventEnvelope> applied = new AtomicReference<>();
		AtomicReference<String> refused = new AtomicReference<>();
		doAnswer((call) -> {
			applied.set(call.getArgument(0));
			return OverviewProjection.Result.APPLIED;
		}).when(projection).accept(any(), any());
		doAnswer((call) -> {
			refused.set(call.getArgument(1));
			return null;
		}).when(projection).parkRefused(any(), anyString());
		PartnershipEventsListener listener = new PartnershipEventsListener(projection,
				new EnvelopeVerification(InstanceKeys.encode(LEDGER.getPublic()), new SimpleMeterRegistry()));
		ConsumerRecord<String, String> record = new ConsumerRecord<>(Topics.PARTNERSHIP_EVENTS, 0, 0, key, value);
		if (sequenceHeader != null) {
			record.headers()
				.add(new RecordHeader(Topics.HEADER_SEQUENCE_NUMBER,
						NO_VALUE.equals(sequenceHeader) ? null : sequenceHeader.getBytes(StandardCharsets.UTF_8)));
		}
		Throwable thrown = failure(() -> listener.on(record));
		return new Outcome(applied.get(), refused.get(), thrown);
	}

	private static Throwable failure(Runnable action) {
		try {
			action.run();
			return null;
		}
		catch (Throwable ex) {
			return ex;
		}
	}

	private static List<EventEnvelope> genuineEnvelopes() {
		TestEvents events = new TestEvents(TestEvents.uniqueIdentifier("GB-LAC"));
		List<EventEnvelope> all = new ArrayList<>();
		all.add(events.registered("Fuzzed? Yes"));
		all.add(events.joined("party-1", "Shelter Trust", TestEvents.uniqueIdentifier("GB-CHC"),
				PartyRole.LEAD_PROVIDER));
		all.add(events.assessed(true, TestEvents.RELATIONAL_SCORES));
		all.add(events.chosen(PartnershipModel.FORMAL_RELATIONAL_CONTRACT, PartnershipModel.FORMAL_RELATIONAL_CONTRACT,
				PaymentMechanism.FIXED_PRICE));
		all.add(events.contract("contract-1", "party-1"));
		all.add(events.proposed("a-1", "party-1", AdaptationCategory.SCOPE_CHANGE,
				AdaptationFormality.GOVERNANCE_DECISION, "Saturdays?", "2.5"));
		all.add(events.rejected("a-1", "Not now"));
		all.add(events.paymentScheduled("pay-1", PaymentKind.REGULAR, "4500000.00", "2025-07-01"));
		all.add(events.findingRaised("f-1", "Whole partnership", FindingSeverity.LOW, "Was the notice late?"));
		// an AdaptationRejected as revision 1 stored it, which readers migrate
		EventEnvelope rejected = all.get(6);
		ObjectNode older = rejected.payload().deepCopy();
		older.set("reasons", older.remove("reason"));
		all.add(new EventEnvelope(rejected.eventId(), rejected.type(), "1", rejected.partnershipId(),
				rejected.sequenceNumber(), rejected.globalIndex(), rejected.occurredAt(), rejected.recordedAt(),
				rejected.actor(), rejected.authority(), rejected.correlationId(), rejected.causationId(), older,
				"ab".repeat(32), null));
		return all.stream().map((envelope) -> EnvelopeSignatures.sign(envelope, LEDGER.getPrivate())).toList();
	}

	private static String signed(EventEnvelope envelope) {
		return LedgerJson.write(envelope);
	}

	private static ObjectNode tree(EventEnvelope envelope) {
		return (ObjectNode) CanonicalJson.read(signed(envelope).getBytes(StandardCharsets.UTF_8));
	}

	private static String canonical(EventEnvelope envelope) {
		return CanonicalJson.of(CanonicalJson.mapper().valueToTree(envelope));
	}

	/**
	 * The tree as the relay publishes it: the ledger's JSON text, sent as UTF-8 and
	 * received by Kafka's string deserializer (so text that is not Unicode arrives as
	 * {@code ?}).
	 */
	private static String onTheWire(JsonNode tree) {
		return new String(LedgerJson.write(tree).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
	}

	/** The tree as text; numbers as they are held (the ledger's writer refuses some). */
	private static String write(JsonNode tree) {
		return tree.toString();
	}

	/** Every field of the envelope, and of its payload as {@code payload.<name>}. */
	private static List<String> paths(ObjectNode envelope) {
		List<String> paths = new ArrayList<>();
		for (Iterator<String> names = envelope.fieldNames(); names.hasNext();) {
			String name = names.next();
			if (!name.equals(EnvelopeSignatures.FIELD)) {
				paths.add(name);
			}
		}
		for (Iterator<String> names = envelope.path("payload").fieldNames(); names.hasNext();) {
			paths.add("payload." + names.next());
		}
		return paths;
	}

	private static void set(ObjectNode tree, String path, JsonNode value) {
		Optional<ObjectNode> parent = parent(tree, path);
		parent.ifPresent((node) -> node.set(path.substring(path.lastIndexOf('.') + 1), value));
	}

	private static void remove(ObjectNode tree, String path) {
		parent(tree, path).ifPresent((node) -> node.remove(path.substring(path.lastIndexOf('.') + 1)));
	}

	private static Optional<ObjectNode> parent(ObjectNode tree, String path) {
		if (!path.contains(".")) {
			return Optional.of(tree);
		}
		JsonNode payload = tree.get("payload");
		return (payload instanceof ObjectNode object) ? Optional.of(object) : Optional.empty();
	}

	/** The tree with a signature made with the key, as the command side makes it. */
	private static JsonNode sign(ObjectNode tree, PrivateKey key) {
		try {
			Signature signer = Signature.getInstance("Ed25519");
			signer.initSign(key);
			signer.update(EnvelopeSignatures.signedBytes(tree));
			ObjectNode signedTree = tree.deepCopy();
			signedTree.put(EnvelopeSignatures.FIELD, Base64.getEncoder().encodeToString(signer.sign()));
			return signedTree;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The value's text, shortened, with control and non-ASCII characters escaped. */
	private static String abbreviated(Object value) {
		String text = String.valueOf(value);
		String shortened = (text.length() > 160) ? text.substring(0, 160) + "... (" + text.length() + " chars)" : text;
		StringBuilder escaped = new StringBuilder();
		shortened.chars()
			.forEach((c) -> escaped.append((c < 0x20 || c > 0x7e) ? String.format("\\u%04x", c) : (char) c));
		return escaped.toString();
	}

}
