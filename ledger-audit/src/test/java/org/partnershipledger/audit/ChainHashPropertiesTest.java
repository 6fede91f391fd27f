package org.partnershipledger.audit;

import java.time.Instant;
import java.util.function.BiFunction;

import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;

import org.partnershipledger.events.model.Actor;
import org.partnershipledger.events.model.ActorRole;
import org.partnershipledger.events.model.Authority;
import org.partnershipledger.events.model.AuthorityType;
import org.partnershipledger.events.wire.EventEnvelope;

import static org.assertj.core.api.Assertions.assertThat;

/** Any single change to anything the hash covers changes the hash. */
class ChainHashPropertiesTest {

	private static final String PREVIOUS = "ab".repeat(32);

	@Property
	void changingAnyOneCoveredFieldChangesTheHash(@ForAll("changes") Change change,
			@ForAll @LongRange(min = 0, max = 10_000) long sequence,
			@ForAll @AlphaChars @StringLength(min = 1, max = 12) String text) {
		EventEnvelope original = Histories.envelope("p-" + text, sequence, text);
		EventEnvelope changed = change.apply().apply(original, text + "!");

		assertThat(ChainHash.of(changed, PREVIOUS)).as(change.name()).isNotEqualTo(ChainHash.of(original, PREVIOUS));
	}

	@Property
	void changingThePreviousHashChangesTheHash(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String text) {
		EventEnvelope envelope = Histories.envelope("p-1", 3, text);

		assertThat(ChainHash.of(envelope, PREVIOUS)).isNotEqualTo(ChainHash.of(envelope, ChainHash.GENESIS));
	}

	@Property
	void theGlobalIndexAndTheRecordedHashAreNotCovered(@ForAll @LongRange(min = 0, max = 99) long index) {
		EventEnvelope envelope = Histories.envelope("p-1", 3, "note");
		EventEnvelope moved = new EventEnvelope(envelope.eventId(), envelope.type(), envelope.revision(),
				envelope.partnershipId(), envelope.sequenceNumber(), index, envelope.occurredAt(),
				envelope.recordedAt(), envelope.actor(), envelope.authority(), envelope.correlationId(),
				envelope.causationId(), envelope.payload(), "f".repeat(64), null);

		assertThat(ChainHash.of(moved, PREVIOUS)).isEqualTo(ChainHash.of(envelope, PREVIOUS));
	}

	@Provide
	Arbitrary<Change> changes() {
		return Arbitraries.of(new Change("eventId", (e, t) -> copy(e, 0, t)),
				new Change("type", (e, t) -> copy(e, 1, t)), new Change("revision", (e, t) -> copy(e, 2, t)),
				new Change("partnershipId", (e, t) -> copy(e, 3, t)),
				new Change("sequenceNumber", (e, t) -> copy(e, 4, t)),
				new Change("occurredAt", (e, t) -> copy(e, 5, t)), new Change("recordedAt", (e, t) -> copy(e, 6, t)),
				new Change("actor", (e, t) -> copy(e, 7, t)), new Change("authority", (e, t) -> copy(e, 8, t)),
				new Change("correlationId", (e, t) -> copy(e, 9, t)),
				new Change("causationId", (e, t) -> copy(e, 10, t)), new Change("payload", (e, t) -> copy(e, 11, t)));
	}

	private static EventEnvelope copy(EventEnvelope e, int field, String text) {
		ObjectNode payload = e.payload().deepCopy();
		if (field == 11) {
			payload.put("note", text);
		}
		Instant later = Instant.parse("2030-01-01T00:00:00Z");
		return new EventEnvelope((field == 0) ? text : e.eventId(), (field == 1) ? text : e.type(),
				(field == 2) ? text : e.revision(), (field == 3) ? text : e.partnershipId(),
				(field == 4) ? e.sequenceNumber() + 1 : e.sequenceNumber(), e.globalIndex(),
				(field == 5) ? later : e.occurredAt(), (field == 6) ? later : e.recordedAt(),
				(field == 7) ? new Actor(text, text, ActorRole.PROVIDER, null) : e.actor(),
				(field == 8) ? new Authority(AuthorityType.BOARD_DECISION, text) : e.authority(),
				(field == 9) ? text : e.correlationId(), (field == 10) ? text : e.causationId(), payload, e.chainHash(),
				null);
	}

	record Change(String name, BiFunction<EventEnvelope, String, EventEnvelope> apply) {

		@Override
		public String toString() {
			return this.name;
		}

	}

}
